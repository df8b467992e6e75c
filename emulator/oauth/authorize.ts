import { lookUp } from '../policy/actions'
import { bindBrowser, browserCookieHeaders } from '../http/browsers'
import type { EmulatorApplication } from '../config/config'
import { findApp, findUserById, signOnPageUrl, type Ctx } from '../state/context'
import { daVinciAnswer } from './davinci'
import { invalidValue } from '../http/errors'
import { createFlow } from '../state/flowLifecycle'
import { flowView } from '../flows/flowView'
import { hal, notAcceptable, readForm, redirect } from '../http/http'
import { pkceEnforcement } from './pkce'
import { requestSession } from '../policy/sessions'
import type { AuthorizeParams, SessionRecord } from '../state/store'

const responseModes = ['pi.flow', 'query', 'fragment']

/**
 * `GET|POST as/authorize`: validates the request and starts a flow, bound to the browser by the
 * `ST` and `ST-NO-SS` cookies the answer sets. Errors are 400 bodies, never redirects, so a bad
 * redirect_uri cannot be abused. A valid session of this browser creates the flow already
 * COMPLETED (single sign-on), unless `prompt=login`, or `max_age` says the session is too old.
 * `acr_values` picks one of the application's named sign-on policies; on an identifier-first policy,
 * `login_hint` names the user as `user.lookup` would (PASSWORD_REQUIRED).
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
  const prompts = params.get('prompt')?.split(' ') ?? []
  const session = prompts.includes('login') ? undefined : fresh(ctx, requestSession(ctx), checked.maxAge)
  const user = session && findUserById(ctx, session.userId)
  if (!user && checked.loginHint && flow.status === 'SIGN_ON_REQUIRED') lookUp(ctx, flow, checked.loginHint)
  if (session && user) {
    flow.status = 'COMPLETED'
    flow.user = { id: user.id, username: user.username, known: true }
    flow.sessionId = session.id
  }
  const cookies = browserCookieHeaders(ctx, flow)
  if (flow.piFlow) return hal(flowView(ctx, flow), cookies)
  return redirect(signOnPageUrl(ctx, app, flow.id), cookies)
}

/** The session, unless it began more than `maxAge` seconds ago (OIDC `max_age`). */
function fresh(ctx: Ctx, session: SessionRecord | undefined, maxAge: number | undefined): SessionRecord | undefined {
  if (!session || maxAge === undefined) return session
  return ctx.now() - session.authTime <= maxAge * 1000 ? session : undefined
}

const invalidMessages: Record<string, string> = {
  acr_values: 'The acr_values name no sign-on policy of this application.',
  max_age: 'The max_age must be a whole number of seconds.',
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

  const acr = params.get('acr_values')
  const named = acr?.split(' ').map((name) => app.signOnPolicies?.find((policy) => policy.name === name)).find(Boolean)
  if (acr !== null && !named) return 'acr_values'
  const maxAge = params.get('max_age')
  if (maxAge !== null && !/^\d{1,9}$/.test(maxAge)) return 'max_age'

  return {
    clientId: app.clientId,
    redirectUri,
    scope,
    state: params.get('state') ?? undefined,
    nonce: params.get('nonce') ?? undefined,
    codeChallenge,
    codeChallengeMethod: method,
    responseMode,
    signOnPolicy: named?.type,
    loginHint: params.get('login_hint') || undefined,
    maxAge: maxAge === null ? undefined : Number(maxAge),
  }
}
