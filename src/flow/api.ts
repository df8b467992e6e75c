import type { ResolvedConfig } from './config'
import { kitError } from './errors'
import { requestFlow, trustedUrl } from './http'
import { withRetry } from './retry'
import type { Transaction } from './pkce'
import type { AuthorizeResponse, Flow, FlowAction } from './types'

/**
 * Starts a sign-on: `GET /as/authorize` with `response_mode=pi.flow`, PKCE S256, state and nonce.
 * Reads like this one are retried on transient failures; actions never are.
 */
export function authorize(config: ResolvedConfig, transaction: Transaction): Promise<Flow> {
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
  }).toString()
  return withRetry(() => requestFlow(config, url), config.signal)
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
  return Promise.resolve().then(() =>
    requestFlow(config, trustedUrl(config, link.href), {
      method: 'POST',
      headers: { 'Content-Type': `application/vnd.pingidentity.${action}+json` },
      body: JSON.stringify(body),
    }),
  )
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
