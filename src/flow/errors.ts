import type { PingOneErrorBody, PingOneErrorDetail } from './types'

/**
 * Codes the kit itself raises, next to PingOne's own (`INVALID_DATA`, `NOT_FOUND`, ...):
 * - `NETWORK_ERROR`: no answer (offline, DNS, CORS refused).
 * - `TIMEOUT`: no answer within the provider's `requestTimeout`; the request was cancelled.
 * - `SERVICE_UNAVAILABLE`: an HTTP 5xx without a PingOne error body (a gateway's error page, say).
 * - `RATE_LIMITED`: an HTTP 429 without a PingOne error body; see {@link PingOneError.retryAfter}.
 * - `INVALID_RESPONSE`: an answer that is not a PingOne flow or error body.
 * - `UNTRUSTED_LINK`: a link that leaves the configured PingOne origin; it was not followed.
 * - `MISSING_LINK`: the action is not offered by the current flow.
 * - `STATE_MISMATCH`: the authorization response carries a `state` that is not ours.
 * - `AUTHORIZATION_FAILED`: the authorization response carries an OAuth `error`.
 * - `COOKIES_BLOCKED`: PingOne refused a flow call (401 `ACCESS_FAILED`) because it came without the
 *   cookies PingOne bound the flow to, most often because the browser blocks third-party cookies;
 *   `cause` holds PingOne's error. Only a restart helps (see the README on custom domains).
 * - `DAVINCI_FLOW`: the application is bound to a DaVinci flow policy, which answers in DaVinci's
 *   terms; this kit renders the flows API only.
 * - `INVALID_CONFIG`: a prop of `<PingOneSignOn>` (or of `startSignOn`) was refused; the message names
 *   it. Nothing was sent.
 * - `CONFIG_REFUSED`: PingOne refused the sign-on request itself (an HTTP 4xx to authorize): an
 *   unknown environment, client id or redirect URI, a response mode or parameter the application does
 *   not allow. `cause` holds PingOne's error; `details` name the parameter.
 * - `ORIGIN_NOT_ALLOWED`: PingOne answered, but the browser did not let this page read the answer
 *   (CORS): the page's origin is not among the application's CORS origins, or the environment does
 *   not exist there. Told from an outage by a `no-cors` request PingOne answered (see the README).
 *
 * {@link PingOneError.isConfigError} is true for these three and `DAVINCI_FLOW`: the set-up is wrong,
 * and no retry helps.
 * - `LOAD_FAILED`: a step few users reach is loaded on demand, and its code could not be fetched from
 *   the app's server (offline, a deployment that removed the old chunks). The flow is intact; trying
 *   again fetches it again.
 * - `NO_FLOW`: a `loginPage` without `clientId` was opened without a flow to continue (a bookmark, an
 *   expired flow, Start again): sign-ons start in the app, which sends the browser here.
 * - `UNEXPECTED_ERROR`: anything else; `cause` holds the original.
 */
export type KitErrorCode =
  | 'NETWORK_ERROR'
  | 'TIMEOUT'
  | 'SERVICE_UNAVAILABLE'
  | 'RATE_LIMITED'
  | 'INVALID_RESPONSE'
  | 'UNTRUSTED_LINK'
  | 'MISSING_LINK'
  | 'STATE_MISMATCH'
  | 'AUTHORIZATION_FAILED'
  | 'COOKIES_BLOCKED'
  | 'DAVINCI_FLOW'
  | 'INVALID_CONFIG'
  | 'CONFIG_REFUSED'
  | 'ORIGIN_NOT_ALLOWED'
  | 'NO_FLOW'
  | 'LOAD_FAILED'
  | 'UNEXPECTED_ERROR'

/**
 * Every failure the kit reports: PingOne's error body with the HTTP status, or one of the kit's own
 * codes (with status 0 when no HTTP answer applies).
 */
export class PingOneError extends Error {
  override readonly name = 'PingOneError'
  /** PingOne's top-level `code`, or a {@link KitErrorCode}. */
  readonly code: KitErrorCode | (string & {})
  /** The HTTP status, or 0 when there was no usable HTTP answer. */
  readonly status: number
  /** PingOne's validation details; `target` names the field a detail is about. */
  readonly details: PingOneErrorDetail[]
  /** PingOne's correlation id, worth quoting to support. */
  readonly id: string | undefined
  /** Seconds to wait before trying again, from the answer's `Retry-After` (429, 503). */
  readonly retryAfter: number | undefined
  /**
   * True when the flow is gone: PingOne expires flows after 15 idle minutes, then answers 404
   * `NOT_FOUND`. An action's 404 counts only once a read of the flow says it is gone too: PingOne
   * also answers 404 to `password.forgot` for a username no one has.
   */
  readonly isFlowExpired: boolean

  constructor(
    body: PingOneErrorBody,
    status: number,
    options: { cause?: unknown; retryAfter?: number; flowExpired?: boolean } = {},
  ) {
    super(body.message, { cause: options.cause })
    this.code = body.code
    this.status = status
    this.details = body.details ?? []
    this.id = body.id
    this.retryAfter = options.retryAfter
    this.isFlowExpired = options.flowExpired ?? (status === 404 && body.code === 'NOT_FOUND')
  }

  /**
   * True when the same request may succeed later: no answer, a timeout, a 429 or a 5xx. The kit
   * retries reads like these by itself; actions never (the user decides).
   */
  get isTransient(): boolean {
    return ['NETWORK_ERROR', 'TIMEOUT', 'LOAD_FAILED'].includes(this.code) || this.status === 429 || this.status >= 500
  }

  /**
   * True when the set-up is wrong, not the network or the user: a prop, the application in PingOne
   * (client id, redirect URI, CORS origins, its policy) or the environment. Never transient, never
   * retried; the page says it is not set up correctly, and in development the console says what to fix.
   */
  get isConfigError(): boolean {
    return configCodes.has(this.code)
  }
}

const configCodes = new Set<string>(['INVALID_CONFIG', 'CONFIG_REFUSED', 'ORIGIN_NOT_ALLOWED', 'DAVINCI_FLOW'])

/** Builds one of the kit's own errors. */
export function kitError(code: KitErrorCode, message: string, cause?: unknown): PingOneError {
  return new PingOneError({ code, message }, 0, { cause })
}

/** Narrows any thrown value to a {@link PingOneError}. */
export function isPingOneError(error: unknown): error is PingOneError {
  return error instanceof PingOneError
}

/** Wraps anything thrown into a {@link PingOneError}, keeping PingOne's own errors as they are. */
export function toPingOneError(error: unknown): PingOneError {
  if (error instanceof PingOneError) return error
  return kitError('UNEXPECTED_ERROR', error instanceof Error ? error.message : String(error), error)
}
