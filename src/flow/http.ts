import type { ResolvedConfig } from './config'
import { kitError, PingOneError } from './errors'
import { toErrorBody } from './errorBody'
import type { Flow, PingOneErrorBody } from './types'

/**
 * Throws unless `href` is in the configured tenant: on the PingOne origin under `/{environmentId}/`
 * (or anywhere on the custom domain). The URL is parsed, and so normalised (`..`, backslashes,
 * letter case, `:443`), before the check; a path with anything percent-encoded or with credentials is
 * refused, so no server can read it differently. The kit follows no other link.
 */
export function trustedUrl(config: ResolvedConfig, href: unknown): URL {
  let url: URL | undefined
  try {
    url = typeof href === 'string' ? new URL(href) : undefined
  } catch {
    url = undefined
  }
  if (!url || url.origin !== config.authOrigin || !inTenant(config, url)) {
    throw kitError('UNTRUSTED_LINK', `Refused to follow a link outside ${config.environmentUrl}/.`)
  }
  return url
}

function inTenant(config: ResolvedConfig, url: URL): boolean {
  if (url.username || url.password || url.pathname.includes('%')) return false
  const root = new URL(config.environmentUrl).pathname.replace(/\/?$/, '/')
  // Environment ids are UUIDs, which PingOne writes in lower case whatever case the config uses.
  return url.pathname.toLowerCase().startsWith(root.toLowerCase())
}

/**
 * A request to `url` someone else already sent (`pingone-signon-react/start`): `fetch`'s promise,
 * unread, and a way to cancel it.
 */
export type SentRequest = { response: Promise<Response>; abort: (reason?: unknown) => void }

/**
 * Sends a request to PingOne with the session cookie and returns the flow it answers with. The
 * request is cancelled after `config.requestTimeout` ms or when `config.signal` aborts. Every
 * failure becomes a {@link PingOneError}. With `sent`, the first try is that request, read like
 * one of the kit's own (its deadline counted from now); a try after it is the kit's own.
 */
export async function requestFlow(config: ResolvedConfig, url: URL, init: RequestInit = {}, sent?: SentRequest): Promise<Flow> {
  const deadline = withDeadline(config.requestTimeout, config.signal)
  try {
    const response = await send(config, url, init, deadline, sent)
    const body = await readJson(response)
    if (deadline.timedOut()) throw timeout()
    if (deadline.signal.aborted) throw deadline.signal.reason
    if (!response.ok) throw httpError(response, body)
    if (isDaVinci(body)) throw kitError('DAVINCI_FLOW', 'The application uses a DaVinci flow policy.')
    if (!isFlow(body)) throw kitError('INVALID_RESPONSE', 'PingOne answered with something that is not a flow.')
    return body
  } finally {
    deadline.done()
  }
}

async function send(config: ResolvedConfig, url: URL, init: RequestInit, deadline: Deadline, sent?: SentRequest): Promise<Response> {
  // PingOne's session cookie (ST) lives on the auth origin: every call must carry it.
  const call = () => fetch(url, { ...init, credentials: 'include', redirect: 'manual', signal: deadline.signal })
  try {
    return await (sent ? adopted(sent, deadline.signal) : call())
  } catch (cause) {
    if (deadline.timedOut()) throw timeout()
    if (deadline.signal.aborted) throw cause
    // To a page, a CORS refusal and an outage look alike. A read PingOne answers without CORS, and
    // then refuses once more, is a refusal: a set-up mistake, not worth the three tries of an outage.
    // Actions are never sent twice, and their application's CORS was already good for authorize.
    if (!isRead(init) || !(await answersWithoutCors(config, deadline.signal))) throw unreachable(cause)
    try {
      return await call()
    } catch (again) {
      if (deadline.timedOut()) throw timeout()
      if (deadline.signal.aborted) throw again
      throw kitError('ORIGIN_NOT_ALLOWED', 'The browser refused PingOne\'s answer to this page (CORS).', again)
    }
  }
}

/** `sent`'s response, cancelled when `signal` aborts, as the kit's own fetch would be. */
function adopted(sent: SentRequest, signal: AbortSignal): Promise<Response> {
  const abort = () => sent.abort(signal.reason)
  if (signal.aborted) abort()
  else signal.addEventListener('abort', abort, { once: true })
  return sent.response
}

function unreachable(cause: unknown) {
  return kitError('NETWORK_ERROR', 'PingOne could not be reached.', cause)
}

function isRead(init: RequestInit): boolean {
  return (init.method ?? 'GET') === 'GET'
}

/**
 * True when PingOne answers a request the browser sends without asking CORS (`no-cors`, no cookies,
 * its answer unreadable): the discovery document, which reveals and changes nothing. Offline, a
 * host that does not resolve, or a server that is down all make it fail.
 */
async function answersWithoutCors(config: ResolvedConfig, signal: AbortSignal): Promise<boolean> {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return false
  const discovery = `${config.environmentUrl}/as/.well-known/openid-configuration`
  return fetch(discovery, { mode: 'no-cors', credentials: 'omit', cache: 'no-store', signal }).then(
    () => true,
    () => false,
  )
}

function timeout() {
  return kitError('TIMEOUT', 'PingOne did not answer in time.')
}

function httpError(response: Response, body: unknown): PingOneError {
  const retryAfter = parseRetryAfter(response.headers.get('Retry-After'))
  const errorBody = toErrorBody(body)
  if (errorBody && response.status === 401 && errorBody.code === 'ACCESS_FAILED') return cookiesBlocked(errorBody)
  if (errorBody) return new PingOneError(errorBody, response.status, { retryAfter })
  const { status } = response
  const code = status === 429 ? 'RATE_LIMITED' : status >= 500 ? 'SERVICE_UNAVAILABLE' : 'INVALID_RESPONSE'
  return new PingOneError({ code, message: `PingOne answered HTTP ${status || 'redirect'}.` }, status, { retryAfter })
}

/**
 * PingOne binds a flow to the browser with its `ST` cookies and refuses a call without them (401
 * `ACCESS_FAILED`, detail `INVALID_TOKEN`): the browser blocked or lost them, most often because
 * PingOne is a third party to the page. Only a new sign-on helps, and only where cookies reach it.
 */
function cookiesBlocked(body: PingOneErrorBody): PingOneError {
  const cause = new PingOneError(body, 401)
  const message = 'The browser did not send the flow\'s cookies.'
  return new PingOneError({ ...body, code: 'COOKIES_BLOCKED', message }, 401, { cause })
}

/**
 * DaVinci's answer to a pi.flow authorize, where a flows-API flow was expected: an application bound
 * to a DaVinci flow policy (shared/davinci/fixtures). Every DaVinci body carries `interactionId`.
 */
function isDaVinci(body: unknown): boolean {
  return isRecord(body) && typeof body.interactionId === 'string'
}

/** `Retry-After` as whole seconds from now: a number of seconds, or an HTTP date. */
function parseRetryAfter(value: string | null): number | undefined {
  if (value === null || value.trim() === '') return undefined
  const seconds = /^\d+$/.test(value.trim()) ? Number(value) : (Date.parse(value) - Date.now()) / 1000
  return Number.isFinite(seconds) ? Math.max(0, Math.ceil(seconds)) : undefined
}

type Deadline = { signal: AbortSignal; timedOut(): boolean; done(): void }

/** An abort signal that fires after `ms`, or when `outer` aborts. */
function withDeadline(ms: number, outer: AbortSignal | undefined): Deadline {
  const controller = new AbortController()
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    controller.abort()
  }, ms)
  const abort = () => controller.abort(outer?.reason)
  if (outer?.aborted) abort()
  else outer?.addEventListener('abort', abort, { once: true })
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    done() {
      clearTimeout(timer)
      outer?.removeEventListener('abort', abort)
    },
  }
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

function isFlow(body: unknown): body is Flow {
  return (
    isRecord(body) &&
    typeof body.id === 'string' &&
    typeof body.status === 'string' &&
    isRecord(body._links) &&
    (body._embedded === undefined || isRecord(body._embedded))
  )
}
