import { findApp, type Ctx } from '../state/context'
import { browserCookieHeaders, carriesFlowCookie, missingFlowCookie, requestBrowser } from '../http/browsers'
import { invalidRequest, notFound } from '../http/errors'
import { deviceResume } from '../policy/deviceGrant'
import { liveFlow } from '../state/flowLifecycle'
import { flowView } from '../flows/flowView'
import { hal, redirect } from '../http/http'
import { newId } from '../state/ids'
import { liveSession } from '../policy/sessions'
import type { FlowRecord } from '../state/store'

/** Authorization codes are short-lived: 60 seconds. */
export const codeLifetimeMs = 60 * 1000

/**
 * `GET as/resume?flowId=`: turns a finished flow into the authorization response, once. Like every
 * flow call it needs the flow's cookies; a COMPLETED flow also needs its session to be the one
 * they name, as PingOne's does.
 */
export function resume(ctx: Ctx): Response {
  const flow = liveFlow(ctx, ctx.url.searchParams.get('flowId'))
  if (!flow) return notFound()
  if (!carriesFlowCookie(ctx, flow)) return missingFlowCookie()
  if (flow.deviceCode && (flow.status === 'FAILED' || flow.status === 'COMPLETED')) {
    ctx.store.flows.delete(flow.id)
    return deviceResume(flow)
  }
  if (flow.status === 'FAILED') {
    return finish(ctx, flow, { error: 'access_denied', error_description: flow.error?.message ?? 'The sign-on failed.' })
  }
  if (flow.status !== 'COMPLETED') return invalidRequest(`The flow is ${flow.status}, not COMPLETED.`)

  const session = flow.sessionId ? liveSession(ctx, flow.sessionId) : undefined
  if (!session || !flow.user || requestBrowser(ctx)?.sessionId !== session.id) return missingFlowCookie()

  const code = newId()
  ctx.store.codes.set(code, {
    code,
    authorize: flow.authorize,
    userId: flow.user.id,
    sessionId: session.id,
    authTime: session.authTime,
    amr: session.amr,
    expiresAt: ctx.now() + codeLifetimeMs,
  })
  return finish(ctx, flow, { code })
}

/** Consumes the flow and answers in its response mode. */
function finish(ctx: Ctx, flow: FlowRecord, result: Record<string, string>): Response {
  ctx.store.flows.delete(flow.id)
  const { state } = flow.authorize
  const response = { ...result, ...(state !== undefined ? { state } : {}) }
  // The cookies go on naming the browser's session (single sign-on): renewed with this answer too.
  const cookies = browserCookieHeaders(ctx, flow)
  if (flow.piFlow) return hal({ ...flowView(ctx, flow), authorizeResponse: response }, cookies)

  const app = findApp(ctx, flow.authorize.clientId)
  const target = new URL(flow.authorize.redirectUri ?? app?.redirectUris[0] ?? ctx.base)
  const encoded = new URLSearchParams(response)
  if (flow.authorize.responseMode === 'fragment') target.hash = encoded.toString()
  else encoded.forEach((value, name) => target.searchParams.set(name, value))
  return redirect(target.href, cookies)
}
