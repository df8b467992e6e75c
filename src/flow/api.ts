import type { ResolvedConfig } from './config'
import { isPingOneError, kitError, PingOneError } from './errors'
import { requestFlow, trustedUrl, type SentRequest } from './http'
import { withRetry } from './retry'
import type { Transaction } from './pkce'
import type { AuthorizeResponse, Flow, FlowAction } from './types'

/**
 * Starts a sign-on: `GET /as/authorize` with `response_mode=pi.flow`, PKCE S256, state and nonce.
 * Reads like this one are retried on transient failures; actions never are.
 */
export function authorize(config: ResolvedConfig, transaction: Transaction, sent?: SentRequest): Promise<Flow> {
  const url = authorizeUrl(config, transaction)
  // `sent`: this very request, sent already (pingone-signon-react/start); it is the first try only.
  let early = sent
  const read = () => {
    const first = early
    early = undefined
    return requestFlow(config, url, {}, first)
  }
  return withRetry(read, config.signal).catch((error: unknown) => {
    throw refusedRequest(error)
  })
}

/** What the authorize URL is made of besides the transaction. */
export type AuthorizeRequest = Pick<ResolvedConfig, 'environmentUrl' | 'clientId' | 'scope' | 'authorizeParams' | 'uiLocales'>

/**
 * The authorize URL for `transaction`: what {@link authorize} sends, and what
 * `pingone-signon-react/start` sends before the kit has loaded.
 */
export function authorizeUrl(config: AuthorizeRequest, transaction: Transaction): URL {
  const url = new URL(`${config.environmentUrl}/as/authorize`)
  url.search = new URLSearchParams({
    response_type: 'code',
    response_mode: 'pi.flow',
    client_id: config.clientId,
    redirect_uri: transaction.redirectUri,
    scope: config.scope,
    state: transaction.state,
    nonce: transaction.nonce,
    code_challenge: transaction.codeChallenge,
    code_challenge_method: 'S256',
    ...config.authorizeParams,
    ...(config.uiLocales ? { ui_locales: config.uiLocales } : {}),
  }).toString()
  return url
}

/**
 * PingOne's 4xx to authorize refuses the request itself, before anyone typed anything: the
 * environment, the client id, the redirect URI or another parameter is wrong. A set-up mistake
 * (`CONFIG_REFUSED`, with PingOne's details), not something the user can mend.
 */
function refusedRequest(error: unknown): unknown {
  if (!isPingOneError(error) || error.status < 400 || error.status >= 500 || error.status === 429) return error
  const body = { id: error.id, code: 'CONFIG_REFUSED', message: `PingOne refused the sign-on request: ${error.message}`, details: error.details }
  return new PingOneError(body, error.status, { cause: error, flowExpired: false })
}

const flowIdPattern = /^[A-Za-z0-9-]{1,64}$/

/** Reads a flow by id, as after a redirect to the custom login page or a social round trip. */
export function getFlow(config: ResolvedConfig, flowId: string): Promise<Flow> {
  if (!flowIdPattern.test(flowId)) {
    return Promise.reject(kitError('INVALID_RESPONSE', 'The flowId in the page address is malformed.'))
  }
  const url = new URL(`${config.environmentUrl}/flows/${flowId}`)
  return withRetry(() => requestFlow(config, url), config.signal)
}

/**
 * Reads `flow` again (push polling, and after an action without a usable answer): at its own self
 * link, else by its id. Always from PingOne's latest answer: a tenant may give the flow a new id
 * with each answer once the user has passed a credential check.
 */
export function readFlow(config: ResolvedConfig, flow: Flow): Promise<Flow> {
  let url: URL
  try {
    url = trustedUrl(config, upgraded(config, flow._links.self?.href))
  } catch {
    return getFlow(config, flow.id)
  }
  return withRetry(() => requestFlow(config, url), config.signal)
}

/**
 * A self link to PingOne's host over `http:`, taken as `https:` when PingOne is configured on https:
 * real resume answers carry such self links (fixtures COMPLETED__resume-pi-flow__seed-000/001).
 * Nothing is ever sent over plain http.
 */
function upgraded(config: ResolvedConfig, href: string | undefined): string | undefined {
  if (!href || !config.authOrigin.startsWith('https:') || !/^http:/i.test(href)) return href
  return `https:${href.slice('http:'.length)}`
}

/**
 * Performs one flow action: POSTs `body` to the action's link, with the media type that names the
 * action (PingOne dispatches on `Content-Type`, not on the URL).
 */
export function act(
  config: ResolvedConfig,
  flow: Flow,
  action: FlowAction,
  body: Record<string, unknown> = {},
): Promise<Flow> {
  const link = flow._links[action]
  if (!link) {
    return Promise.reject(kitError('MISSING_LINK', `The flow does not offer "${action}" in ${flow.status}.`))
  }
  return Promise.resolve()
    .then(() =>
      requestFlow(config, trustedUrl(config, link.href), {
        method: 'POST',
        headers: { 'Content-Type': `application/vnd.pingidentity.${action}+json` },
        body: JSON.stringify(body),
      }),
    )
    .catch((error: unknown) => {
      if (!isPingOneError(error) || !error.isFlowExpired) throw error
      return confirmExpired(config, flow, error, 'username' in body)
    })
}

/**
 * An action's 404 `NOT_FOUND` means the flow expired only if a read of the flow says it is gone too.
 * Otherwise PingOne did not find something the action named: for an action that sent a username
 * (`password.forgot`, `user.lookup`), that user; the error then targets the username field.
 */
async function confirmExpired(config: ResolvedConfig, flow: Flow, error: PingOneError, sentUsername: boolean): Promise<never> {
  const gone = await readFlow(config, flow).then(
    () => false,
    (read: unknown) => isPingOneError(read) && read.isFlowExpired,
  )
  if (gone) throw error
  const body = { id: error.id, code: error.code, message: error.message, details: error.details }
  if (sentUsername && body.details.length === 0) {
    body.details = [{ code: error.code, target: 'username', message: error.message }]
  }
  throw new PingOneError(body, error.status, { cause: error, flowExpired: false })
}

/**
 * Finishes a pi.flow sign-on: the authorization response, from the flow itself when PingOne put it
 * there, otherwise from `GET resumeUrl`.
 */
export async function resume(config: ResolvedConfig, flow: Flow): Promise<AuthorizeResponse> {
  if (flow.authorizeResponse) return flow.authorizeResponse
  const url = trustedUrl(config, flow.resumeUrl)
  const resumed = await withRetry(() => requestFlow(config, url), config.signal)
  if (!resumed.authorizeResponse) {
    throw kitError('INVALID_RESPONSE', 'PingOne resumed the flow without an authorization response.')
  }
  return resumed.authorizeResponse
}
