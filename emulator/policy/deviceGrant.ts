import { bindBrowser, browserCookieHeaders } from '../http/browsers'
import type { EmulatorApplication } from '../config/config'
import { findApp, findUserById, signOnPageUrl, type Ctx, type ResolvedUser } from '../state/context'
import { advance } from './advance'
import { invalidValue, oauthError } from '../http/errors'
import type { ActionResult, Feature } from './feature'
import { failFlow } from './failFlow'
import { createFlow, initialStatus } from '../state/flowLifecycle'
import { html, json, readForm, redirect } from '../http/http'
import { newId } from '../state/ids'
import { liveSession } from './sessions'
import type { CodeRecord, DeviceAuthorization, FlowRecord } from '../state/store'

/** RFC 8628's grant type at the token endpoint. */
export const deviceCodeGrantType = 'urn:ietf:params:oauth:grant-type:device_code'

const lifetimeSeconds = 600
const intervalSeconds = 5
// RFC 8628 section 6.1: consonants only, so a code never spells a word; 20^8 codes.
const userCodeAlphabet = 'BCDFGHJKLMNPQRSTVWXZ'

/**
 * The device authorization grant's browser half: DAG_USER_CODE_REQUIRED (the code shown on the
 * device), the app's sign-on, then DAG_CONSENT_REQUIRED, which answers the device's token polls.
 */
export const deviceGrantFeature: Feature = {
  actions: {
    DAG_USER_CODE_REQUIRED: ['deviceAuthGrant.userCode.verify'],
    DAG_CONSENT_REQUIRED: ['deviceAuthGrant.consent', 'session.reset'],
  },
  handlers: {
    'deviceAuthGrant.userCode.verify': (ctx, flow, body): ActionResult => {
      const typed = typeof body.userCode === 'string' ? body.userCode.replace(/[\s-]/g, '').toUpperCase() : ''
      const grant = [...ctx.store.deviceAuthorizations.values()].find((g) => g.userCode === typed)
      const app = grant && findApp(ctx, grant.clientId)
      if (!grant || !app || grant.state !== 'pending' || grant.expiresAt <= ctx.now()) {
        return { error: invalidValue('userCode', 'The user code is invalid or has expired.') }
      }
      flow.deviceCode = grant.deviceCode
      flow.authorize = { ...flow.authorize, clientId: grant.clientId, scope: grant.scope }
      flow.status = initialStatus(app)
      return {}
    },
    'deviceAuthGrant.consent': (ctx, flow, body) => {
      const grant = flow.deviceCode ? ctx.store.deviceAuthorizations.get(flow.deviceCode) : undefined
      if (typeof body.accept !== 'boolean') return { error: invalidValue('accept', 'accept must be true or false') }
      if (!grant || !flow.user) return { error: invalidValue('accept', 'There is no device to authorize.') }
      if (!body.accept) {
        grant.state = 'denied'
        failFlow(flow, 'DEVICE_DENIED', 'The user did not allow the device.')
        return {}
      }
      grant.state = 'approved'
      const result = advance(ctx, flow, flow.user, [])
      const session = flow.sessionId ? liveSession(ctx, flow.sessionId) : undefined
      Object.assign(grant, { userId: flow.user.id, sessionId: session?.id, authTime: session?.authTime, amr: session?.amr })
      return result
    },
  },
  view: (ctx, flow) => {
    const grant = flow.deviceCode ? ctx.store.deviceAuthorizations.get(flow.deviceCode) : undefined
    if (flow.status !== 'DAG_CONSENT_REQUIRED' || !grant) return undefined
    return { embedded: { scopes: grant.scope.split(' ').map((name) => ({ name })) } }
  },
  stage: (ctx, flow) => {
    const grant = flow.deviceCode ? ctx.store.deviceAuthorizations.get(flow.deviceCode) : undefined
    return grant?.state === 'pending' ? 'DAG_CONSENT_REQUIRED' : undefined
  },
}

/** `POST as/device_authorization` (form `client_id`, `scope`): the codes for a device (RFC 8628 3.2). */
export async function deviceAuthorization(ctx: Ctx): Promise<Response> {
  const form = await readForm(ctx.request)
  const app = findApp(ctx, form.get('client_id'))
  if (!app) return oauthError(401, 'invalid_client', 'Unknown client.')
  const userCode = Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => userCodeAlphabet[b % 20]).join('')
  const grant: DeviceAuthorization = {
    deviceCode: newId(),
    userCode,
    clientId: app.clientId,
    scope: form.get('scope') || 'openid',
    expiresAt: ctx.now() + lifetimeSeconds * 1000,
    state: 'pending',
  }
  ctx.store.deviceAuthorizations.set(grant.deviceCode, grant)
  const shown = `${userCode.slice(0, 4)}-${userCode.slice(4)}`
  return json(200, {
    device_code: grant.deviceCode,
    user_code: shown,
    verification_uri: `${ctx.base}/device`,
    verification_uri_complete: `${ctx.base}/device?user_code=${shown}`,
    expires_in: lifetimeSeconds,
    interval: intervalSeconds,
  })
}

/** `GET device[?user_code=]`: starts the browser's flow and sends it to the app's sign-on page. */
export function device(ctx: Ctx): Response {
  const typed = (ctx.url.searchParams.get('user_code') ?? '').replace(/[\s-]/g, '').toUpperCase()
  const grant = [...ctx.store.deviceAuthorizations.values()].find((g) => g.userCode === typed)
  const app = findApp(ctx, grant?.clientId) ?? ctx.config.applications[0]
  if (!app) return html(404, '<!doctype html><title>No application</title><p>No application is configured.</p>')
  const flow = createFlow(ctx, app, { clientId: app.clientId, scope: 'openid' })
  flow.status = 'DAG_USER_CODE_REQUIRED'
  bindBrowser(ctx, flow)
  return redirect(signOnPageUrl(ctx, app, flow.id), browserCookieHeaders(ctx, flow))
}

/** Resume of a DAG flow: nothing goes back to an app; the person returns to their device. */
export function deviceResume(flow: FlowRecord): Response {
  const done = flow.status === 'COMPLETED'
  const message = done ? 'Your device is signed in. You can return to your device.' : 'The device was not allowed. You can return to your device.'
  return html(200, `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Device sign-on</title></head>\n<body><main><h1>${done ? 'Device connected' : 'Device not connected'}</h1><p>${message}</p></main></body></html>\n`)
}

/** The token endpoint's device_code grant: pending, denied, expired, or the tokens (once). */
export async function deviceCodeGrant(
  ctx: Ctx,
  app: EmulatorApplication,
  form: URLSearchParams,
  issue: (ctx: Ctx, code: CodeRecord, user: ResolvedUser) => Promise<Response>,
): Promise<Response> {
  const grant = ctx.store.deviceAuthorizations.get(form.get('device_code') ?? '')
  if (!grant || grant.clientId !== app.clientId) return oauthError(400, 'invalid_grant', 'Unknown device_code.')
  if (grant.expiresAt <= ctx.now()) return oauthError(400, 'expired_token', 'The device_code has expired.')
  if (grant.state === 'pending') return oauthError(400, 'authorization_pending', 'The user has not answered yet.')
  ctx.store.deviceAuthorizations.delete(grant.deviceCode)
  if (grant.state === 'denied') return oauthError(400, 'access_denied', 'The user did not allow the device.')
  const user = grant.userId ? findUserById(ctx, grant.userId) : undefined
  if (!user) return oauthError(400, 'invalid_grant', 'The user no longer exists.')
  const now = ctx.now()
  const code: CodeRecord = {
    code: grant.deviceCode,
    authorize: { clientId: grant.clientId, scope: grant.scope },
    userId: user.id,
    sessionId: grant.sessionId ?? '',
    authTime: grant.authTime ?? now,
    amr: grant.amr ?? [],
    expiresAt: now,
  }
  return issue(ctx, code, user)
}
