import { bindBrowser, browserCookieHeaders } from './browsers'
import type { EmulatorApplication } from './config'
import { findApp, findUserById, signOnPageUrl, type Ctx } from './context'
import { daVinciAnswer } from './davinci'
import { invalidValue } from './errors'
import { createFlow } from './flowLifecycle'
import { flowView } from './flowView'
import { hal, notAcceptable, readForm, redirect } from './http'
import { pkceEnforcement } from './pkce'
import { requestSession } from './sessions'
import type { AuthorizeParams } from './store'

const responseModes = ['pi.flow', 'query', 'fragment']

/**
 * `GET|POST as/authorize`: validates the request and starts a flow, bound to the browser by the
 * `ST` and `ST-NO-SS` cookies the answer sets. Errors are 400 bodies, never redirects, so a bad
 * redirect_uri cannot be abused. A valid session of this browser (without `prompt=login`) creates
 * the flow already COMPLETED: single sign-on.
 */
export async function authorize(ctx: Ctx): Promise<Response> {
  const refused = notAcceptable(ctx.request)
  if (refused) return refused
  const params = ctx.request.method === 'POST' ? await readForm(ctx.request) : ctx.url.searchParams
  const app = findApp(ctx, params.get('client_id'))
  if (!app) return invalidValue('client_id', 'The client_id is not a known application.')
  const checked = validate(app, params)
  if (typeof checked === 'string') return invalidValue(checked, invalidMessages[checked] ?? 'Invalid value.')
  // An application bound to a DaVinci flow policy answers in DaVinci's terms, not with a flow.
  if (app.davinci && checked.responseMode === 'pi.flow') return daVinciAnswer(ctx, app.davinci)

  const flow = createFlow(ctx, app, checked)
  bindBrowser(ctx, flow)
  const session = params.get('prompt')?.split(' ').includes('login') ? undefined : requestSession(ctx)
  const user = session && findUserById(ctx, session.userId)
  if (session && user) {
    flow.status = 'COMPLETED'
    flow.user = { id: user.id, username: user.username, known: true }
    flow.sessionId = session.id
  }
  const cookies = browserCookieHeaders(ctx, flow)
  if (flow.piFlow) return hal(flowView(ctx, flow), cookies)
  return redirect(signOnPageUrl(ctx, app, flow.id), cookies)
}

const invalidMessages: Record<string, string> = {
  response_type: 'Only response_type=code is supported.',
  redirect_uri: 'The redirect_uri is not registered for this application.',
  scope: 'The scope must include openid.',
  code_challenge: 'A code_challenge is required by this application (S256).',
  code_challenge_method: 'The code_challenge_method must be S256 (or plain where allowed).',
  response_mode: 'The response_mode must be pi.flow, query or fragment.',
}

/** The stored parameters, or the name of the first invalid one. */
function validate(app: EmulatorApplication, params: URLSearchParams): AuthorizeParams | string {
  if (params.get('response_type') !== 'code') return 'response_type'
  const redirectUri = params.get('redirect_uri') ?? undefined
  if (redirectUri !== undefined && !app.redirectUris.includes(redirectUri)) return 'redirect_uri'
  const scope = params.get('scope') ?? ''
  if (!scope.split(' ').includes('openid')) return 'scope'
  const responseMode = params.get('response_mode') ?? undefined
  if (responseMode !== undefined && !responseModes.includes(responseMode)) return 'response_mode'

  const codeChallenge = params.get('code_challenge') ?? undefined
  const method = params.get('code_challenge_method') ?? (codeChallenge ? 'plain' : undefined)
  if (method !== undefined && method !== 'S256' && method !== 'plain') return 'code_challenge_method'
  if (method !== undefined && !codeChallenge) return 'code_challenge'
  if (pkceEnforcement(app) === 'S256_REQUIRED') {
    if (!codeChallenge) return 'code_challenge'
    if (method !== 'S256') return 'code_challenge_method'
  }

  return {
    clientId: app.clientId,
    redirectUri,
    scope,
    state: params.get('state') ?? undefined,
    nonce: params.get('nonce') ?? undefined,
    codeChallenge,
    codeChallengeMethod: method,
    responseMode,
  }
}
