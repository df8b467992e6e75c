import type { ResolvedConfig } from './config'
import { kitError, PingOneError } from './errors'
import type { Flow, PingOneErrorBody } from './types'

/** Throws unless `href` points at the configured PingOne origin (the kit follows no other link). */
export function trustedUrl(config: ResolvedConfig, href: unknown): URL {
  let url: URL | undefined
  try {
    url = typeof href === 'string' ? new URL(href) : undefined
  } catch {
    url = undefined
  }
  if (!url || url.origin !== config.authOrigin) {
    throw kitError('UNTRUSTED_LINK', `Refused to follow a link outside ${config.authOrigin}.`)
  }
  return url
}

/**
 * Sends a request to PingOne with the session cookie and returns the flow it answers with.
 * Every failure becomes a {@link PingOneError}.
 */
export async function requestFlow(url: URL, init: RequestInit = {}): Promise<Flow> {
  let response: Response
  try {
    // PingOne's session cookie (ST) lives on the auth origin: every call must carry it.
    response = await fetch(url, { ...init, credentials: 'include', redirect: 'manual' })
  } catch (cause) {
    throw kitError('NETWORK_ERROR', 'PingOne could not be reached.', cause)
  }
  const body = await readJson(response)
  if (!response.ok) {
    if (isErrorBody(body)) throw new PingOneError(body, response.status)
    throw new PingOneError(
      { code: 'INVALID_RESPONSE', message: `PingOne answered HTTP ${response.status || 'redirect'}.` },
      response.status,
    )
  }
  if (!isFlow(body)) throw kitError('INVALID_RESPONSE', 'PingOne answered with something that is not a flow.')
  return body
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json()
  } catch {
    return undefined
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isErrorBody(body: unknown): body is PingOneErrorBody {
  return (
    isRecord(body) &&
    typeof body.code === 'string' &&
    typeof body.message === 'string' &&
    (body.details === undefined || (Array.isArray(body.details) && body.details.every(isRecord)))
  )
}

function isFlow(body: unknown): body is Flow {
  return (
    isRecord(body) &&
    typeof body.id === 'string' &&
    typeof body.status === 'string' &&
    isRecord(body._links) &&
    (body._embedded === undefined || isRecord(body._embedded))
  )
}
