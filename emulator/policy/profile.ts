import { findApp, findUserById, type Ctx } from '../state/context'
import { advance } from './advance'
import { invalidData } from '../http/errors'
import type { Feature } from './feature'
import type { FlowRecord } from '../state/store'

/**
 * Progressive profiling: after sign-on, users who lack a required attribute of the app's
 * `progressiveProfiling` are asked for it (PROFILE_DATA_REQUIRED, `user.update` in PATCH format).
 */
export const profileFeature: Feature = {
  actions: { PROFILE_DATA_REQUIRED: ['user.update', 'session.reset'] },
  handlers: {
    'user.update': (ctx, flow, body) => {
      const profiling = settings(ctx, flow)
      if (!profiling || !flow.user) return { error: invalidData([{ code: 'INVALID_VALUE', message: 'Nothing to update.' }]) }
      const missing = profiling.attributes.filter((a) => a.required && !present(valueAt(body, a.name)))
      if (missing.length > 0) {
        return {
          error: invalidData(
            missing.map((a) => ({ code: 'INVALID_VALUE', target: a.name, message: `${a.displayName} is required` })),
          ),
        }
      }
      const profile = ctx.store.profiles.get(flow.user.id) ?? {}
      // Attributes the prompt did not ask for are ignored, as PingOne ignores unmapped ones.
      for (const { name } of profiling.attributes) {
        const value = valueAt(body, name)
        if (present(value)) setAt(profile, name, value)
      }
      ctx.store.profiles.set(flow.user.id, profile)
      return advance(ctx, flow, flow.user, [])
    },
  },
  view: (ctx, flow) => {
    const profiling = settings(ctx, flow)
    if (flow.status !== 'PROFILE_DATA_REQUIRED' || !profiling) return undefined
    return {
      embedded: {
        promptText: profiling.promptText,
        attributes: profiling.attributes.map(({ name, displayName, required }) => ({ name, displayName, required })),
      },
    }
  },
  stage: (ctx, flow) => {
    const profiling = settings(ctx, flow)
    const user = flow.user && findUserById(ctx, flow.user.id)
    if (!profiling || !user?.attributes) return undefined
    const profile = { ...structuredClone(user.attributes), ...ctx.store.profiles.get(user.id) }
    const lacking = profiling.attributes.some((a) => a.required && !present(valueAt(profile, a.name)))
    return lacking ? 'PROFILE_DATA_REQUIRED' : undefined
  },
}

function settings(ctx: Ctx, flow: FlowRecord) {
  return findApp(ctx, flow.authorize.clientId)?.progressiveProfiling
}

function present(value: unknown): boolean {
  return typeof value === 'string' ? value.trim() !== '' : value !== undefined && value !== null
}

/** `address.postalCode` in `{ address: { postalCode } }`. */
function valueAt(object: Record<string, unknown>, path: string): unknown {
  let value: unknown = object
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined
    value = (value as Record<string, unknown>)[key]
  }
  return value
}

function setAt(object: Record<string, unknown>, path: string, value: unknown) {
  const keys = path.split('.')
  const last = keys.pop()!
  let target = object
  for (const key of keys) {
    const next = target[key]
    target = target[key] = typeof next === 'object' && next !== null ? (next as Record<string, unknown>) : {}
  }
  target[last] = value
}
