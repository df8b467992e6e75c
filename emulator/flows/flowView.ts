import type { Flow, FlowEmbedded, FlowLinks, SocialProvider } from '../../src/flow/types'
import { findApp, findUserById, hostedPageUrl, type Ctx } from '../state/context'
import { allowedActions, features } from '../policy/features'
import { flowIdleMs, offersSocialProviders } from '../state/flowLifecycle'
import type { FlowRecord } from '../state/store'

/** Renders a flow the way PingOne does, with absolute hrefs on the request's origin. */
export function flowView(ctx: Ctx, flow: FlowRecord): Flow {
  const self = `${ctx.base}/flows/${flow.id}`
  // Real resume answers carry `http:` self links (fixtures COMPLETED__resume-pi-flow__seed-000/001).
  const links: FlowLinks = { self: { href: ctx.config.httpSelfLinks ? self.replace(/^https:/, 'http:') : self } }
  for (const action of allowedActions(flow.status)) links[action] = { href: self }
  if (flow.piFlow) links.signOnPage = { href: hostedPageUrl(ctx, flow.id) }
  const extras = features.map((feature) => feature.view?.(ctx, flow))
  const fields = Object.assign({}, ...extras.map((extra) => extra?.fields))

  const view: Flow = {
    _links: links,
    _embedded: Object.assign(embedded(ctx, flow), ...extras.map((extra) => extra?.embedded)),
    id: flow.id,
    ...(flow.piFlow ? { environment: { id: ctx.config.environmentId } } : {}),
    ...(flow.sessionId && flow.status === 'COMPLETED' ? { session: { id: flow.sessionId } } : {}),
    resumeUrl: `${ctx.base}/as/resume?flowId=${flow.id}`,
    status: flow.status,
    createdAt: new Date(flow.createdAt).toISOString(),
    expiresAt: new Date(flow.lastActivity + flowIdleMs).toISOString(),
    ...fields,
  }
  // Features may add or hide (undefined) links for this status: merge them all over the defaults.
  view._links = Object.assign(links, ...extras.map((extra) => extra?.fields?._links))
  return view
}

function embedded(ctx: Ctx, flow: FlowRecord): FlowEmbedded {
  const app = findApp(ctx, flow.authorize.clientId)
  const result: FlowEmbedded = {}
  if (flow.status === 'COMPLETED' && flow.user) {
    const user = findUserById(ctx, flow.user.id)
    result.user = {
      id: flow.user.id,
      username: user?.username ?? flow.user.username,
      ...(user?.name ? { name: { ...user.name } } : {}),
    }
  } else if (flow.status === 'PASSWORD_REQUIRED' && flow.user) {
    result.user = { id: flow.user.id, username: flow.user.username }
  }
  if (offersSocialProviders(flow.status)) {
    const providers = socialProviders(ctx, flow, app?.socialProviderIds ?? [])
    if (providers.length > 0) result.socialProviders = providers
  }
  result.application = { name: app?.name ?? '' }
  return result
}

function socialProviders(ctx: Ctx, flow: FlowRecord, ids: string[]): SocialProvider[] {
  return ctx.config.socialProviders
    .filter((provider) => ids.includes(provider.id))
    .map((provider) => {
      const href = new URL(`${ctx.base}/rp/authenticate`)
      href.searchParams.set('providerId', provider.id)
      href.searchParams.set('flowId', flow.id)
      return {
        id: provider.id,
        name: provider.name,
        type: provider.type,
        _links: { authenticate: { href: href.href } },
      }
    })
}
