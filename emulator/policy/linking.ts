import type { EmulatorSocialProvider } from '../config/config'
import { findApp, findUserById, findUserByName, type Ctx } from '../state/context'
import { advance } from './advance'
import { invalidData } from '../http/errors'
import type { ActionResult, Feature } from './feature'
import { offersSocialProviders } from '../state/flowLifecycle'
import type { FlowRecord } from '../state/store'

/**
 * What follows an external login: confirming the IdP's attributes, linking the identity to an
 * account, and identifier-first routing to the user's own IdP (EXTERNAL_AUTHENTICATION_REQUIRED).
 */
export const linkingFeature: Feature = {
  actions: {
    ACCOUNT_LINKING_REQUIRED: ['usernamePassword.check'],
    ACCOUNT_CONFIRMATION_REQUIRED: ['user.confirm'],
    EXTERNAL_AUTHENTICATION_REQUIRED: ['session.reset'],
  },
  handlers: { 'user.confirm': confirm },
  view: (ctx, flow) => {
    const provider = flow.external && findProvider(ctx, flow.external.providerId)
    if (!flow.external || !provider) return undefined
    const identityProvider = { id: provider.id, name: provider.name, type: provider.type }
    switch (flow.status) {
      case 'ACCOUNT_LINKING_REQUIRED':
      case 'ACCOUNT_CONFIRMATION_REQUIRED':
        return { embedded: { identityProvider, attributes: { ...flow.external.attributes } } }
      case 'EXTERNAL_AUTHENTICATION_REQUIRED':
        return { embedded: { identityProvider }, fields: { _links: { authenticate: { href: authenticateHref(ctx, flow, provider.id) } } } }
      default:
        return undefined
    }
  },
  // Whoever authenticates next (password or registration) gets the external identity linked.
  stage: (ctx, flow) => {
    if (flow.external?.link && flow.user?.known) {
      ctx.store.links.set(flow.external.providerId, flow.user.id)
      flow.external = undefined
    }
    return undefined
  },
}

/** The user an external identity signs in as: configured, or linked during an earlier sign-on. */
export function linkedUser(ctx: Ctx, provider: EmulatorSocialProvider) {
  if (provider.username) return findUserByName(ctx, provider.username)
  const id = ctx.store.links.get(provider.id)
  return id ? findUserById(ctx, id) : undefined
}

/** Whether `flow` may leave for `provider` now: a social button, or the IdP the flow was routed to. */
export function acceptsProvider(ctx: Ctx, flow: FlowRecord, provider: EmulatorSocialProvider): boolean {
  if (flow.status === 'EXTERNAL_AUTHENTICATION_REQUIRED') return flow.external?.providerId === provider.id
  const app = findApp(ctx, flow.authorize.clientId)
  return offersSocialProviders(flow.status) && Boolean(app?.socialProviderIds?.includes(provider.id))
}

/** The external login succeeded: confirm attributes, link the identity, or sign the linked user in. */
export function externalSignOn(ctx: Ctx, flow: FlowRecord, provider: EmulatorSocialProvider): ActionResult {
  const user = linkedUser(ctx, provider)
  const attributes: Record<string, unknown> = structuredClone(provider.attributes ?? {})
  if (provider.confirmAttributes) {
    flow.external = { providerId: provider.id, attributes, link: !user }
    flow.status = 'ACCOUNT_CONFIRMATION_REQUIRED'
    return {}
  }
  if (!user) {
    flow.external = { providerId: provider.id, attributes, link: true }
    flow.status = 'ACCOUNT_LINKING_REQUIRED'
    return {}
  }
  flow.external = undefined
  return advance(ctx, flow, user, ['fed'])
}

/** Identifier first: the user signs in at their own IdP. */
export function routeToProvider(flow: FlowRecord, providerId: string) {
  flow.external = { providerId, attributes: {}, link: false }
  flow.status = 'EXTERNAL_AUTHENTICATION_REQUIRED'
}

// `user.confirm`: PATCH-user attributes; only those the IdP mapped (username, email, name) count.
function confirm(ctx: Ctx, flow: FlowRecord, body: Record<string, unknown>): ActionResult {
  const external = flow.external
  const provider = external && findProvider(ctx, external.providerId)
  if (!external || !provider) return { error: invalidData([{ code: 'INVALID_VALUE', message: 'No external identity to confirm.' }]) }
  const problems = []
  for (const target of ['username', 'email'] as const) {
    const value = body[target]
    if (value === undefined) continue
    if (typeof value !== 'string' || value.trim() === '') problems.push({ code: 'INVALID_VALUE', target, message: `${target} must not be blank` })
    else if (target === 'email' && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value)) {
      problems.push({ code: 'INVALID_VALUE', target, message: 'email must be a well-formed email address' })
    }
  }
  if (problems.length > 0) return { error: invalidData(problems) }
  for (const key of ['username', 'email', 'name'] as const) if (body[key] !== undefined) external.attributes[key] = body[key]
  const user = linkedUser(ctx, provider)
  if (!user) {
    external.link = true
    flow.status = 'ACCOUNT_LINKING_REQUIRED'
    return {}
  }
  return advance(ctx, flow, user, ['fed'])
}

function findProvider(ctx: Ctx, id: string) {
  return ctx.config.socialProviders.find((provider) => provider.id === id)
}

function authenticateHref(ctx: Ctx, flow: FlowRecord, providerId: string): string {
  const href = new URL(`${ctx.base}/rp/authenticate`)
  href.searchParams.set('providerId', providerId)
  href.searchParams.set('flowId', flow.id)
  return href.href
}
