import type { PingOneErrorDetail } from '../../src/flow/types'
import { json } from './http'
import { newId } from '../state/ids'

const invalidDataMessage =
  'The request could not be completed. One or more validation errors were in the request.'

/** A PingOne error body `{id, code, message[, details]}` with its status. */
export function pingOneError(
  status: number,
  code: string,
  message: string,
  details?: PingOneErrorDetail[],
  headers?: HeadersInit,
): Response {
  return json(status, { id: newId(), code, message, ...(details ? { details } : {}) }, headers)
}

/** 400 INVALID_DATA, the validation error of every flow action. */
export function invalidData(details: PingOneErrorDetail[]): Response {
  return pingOneError(400, 'INVALID_DATA', invalidDataMessage, details)
}

/** 400 INVALID_DATA with one INVALID_VALUE detail about `target`. */
export function invalidValue(target: string, message: string): Response {
  return invalidData([{ code: 'INVALID_VALUE', target, message }])
}

export function notFound(): Response {
  return pingOneError(404, 'NOT_FOUND', 'The requested resource was not found.')
}

export function invalidRequest(message: string): Response {
  return pingOneError(400, 'INVALID_REQUEST', message)
}

/**
 * The token and userinfo endpoints answer in the OAuth shape (RFC 6749 section 5.2,
 * RFC 6750), not PingOne's error body: that is what PingOne sends there and what OIDC
 * clients such as openid-client parse.
 */
export function oauthError(status: number, error: string, description: string): Response {
  const headers: HeadersInit =
    error === 'invalid_token' ? { 'WWW-Authenticate': `Bearer error="${error}"` } : {}
  return json(status, { error, error_description: description }, headers)
}
