import { browserCookieHeaders } from '../http/browsers'
import { findApp, signOnPageErrorUrl, signOnPageUrl, type Ctx } from '../state/context'
import { invalidRequest, notFound } from '../http/errors'
import { fakeIdpPage } from '../pages/fakeIdpPage'
import { liveFlow, touch } from '../state/flowLifecycle'
import { html, redirect } from '../http/http'
import { newId } from '../state/ids'
import { acceptsProvider, externalSignOn, linkedUser } from '../policy/linking'

/** `GET rp/authenticate?providerId=&flowId=`: leaves for the (fake) external IdP. */
export function authenticate(ctx: Ctx): Response {
  const params = ctx.url.searchParams
  const flow = liveFlow(ctx, params.get('flowId'))
  if (!flow) return notFound()
  const providerId = params.get('providerId')
  const provider = ctx.config.socialProviders.find((p) => p.id === providerId)
  if (!provider || !acceptsProvider(ctx, flow, provider)) {
    return invalidRequest(`The provider ${providerId ?? ''} is not offered while the flow is ${flow.status}.`)
  }
  touch(ctx, flow)
  const state = newId()
  ctx.store.social.set(state, { state, code: newId(), flowId: flow.id, providerId: provider.id })
  return redirect(`${ctx.base}/rp/fake-idp?state=${encodeURIComponent(state)}`)
}

/** `GET rp/fake-idp?state=`: the external IdP's sign-in page. */
export function fakeIdp(ctx: Ctx): Response {
  const transaction = ctx.store.social.get(ctx.url.searchParams.get('state') ?? '')
  const flow = transaction && liveFlow(ctx, transaction.flowId)
  const provider = ctx.config.socialProviders.find((p) => p.id === transaction?.providerId)
  if (!transaction || !flow || !provider) return invalidRequest('Unknown or used state.')
  // A linked identity shows its user; an unlinked one what the IdP knows about it.
  const user = linkedUser(ctx, provider) ?? provider.attributes
  const displayName = [user?.name?.given, user?.name?.family].filter(Boolean).join(' ')
  return html(
    200,
    fakeIdpPage({
      providerName: provider.name,
      appName: findApp(ctx, flow.authorize.clientId)?.name ?? 'The application',
      username: user?.username ?? provider.username ?? 'an external user',
      displayName: displayName || undefined,
      callbackUrl: `${ctx.base}/rp/callback/${encodeURIComponent(provider.type)}`,
      code: transaction.code,
      state: transaction.state,
    }),
  )
}

/**
 * `GET rp/callback/{providerType}?code=&state=`: the IdP's answer. Success completes the flow
 * for the linked user, or asks to confirm or link the identity; either way the browser goes back
 * to the sign-on page with the flowId. A provider that `fails` sends it back with `?error=`.
 */
export function callback(ctx: Ctx, providerType: string): Response {
  const params = ctx.url.searchParams
  const state = params.get('state') ?? ''
  const transaction = ctx.store.social.get(state)
  ctx.store.social.delete(state)
  const provider = ctx.config.socialProviders.find((p) => p.id === transaction?.providerId)
  if (!transaction || !provider || provider.type !== providerType) return invalidRequest('Unknown or used state.')
  const flow = liveFlow(ctx, transaction.flowId)
  if (!flow) return notFound()
  const app = findApp(ctx, flow.authorize.clientId)
  if (provider.fails) return redirect(signOnPageErrorUrl(ctx, app, providerFailed(provider.name)))
  const back = signOnPageUrl(ctx, app, flow.id)
  if (params.get('error')) return redirect(back)

  if (params.get('code') !== transaction.code || !acceptsProvider(ctx, flow, provider)) {
    return invalidRequest('The external authentication could not be completed.')
  }
  touch(ctx, flow)
  const result = externalSignOn(ctx, flow, provider)
  if (result.error) return result.error
  return redirect(back, browserCookieHeaders(ctx, flow))
}

/** The PingOne error a failing provider's return carries in the login page URL's `?error=`. */
function providerFailed(providerName: string) {
  return { id: newId(), code: 'REQUEST_FAILED', message: `${providerName} could not authenticate the user.` }
}
