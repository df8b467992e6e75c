import type { EmulatorApplication, EmulatorConfig, EmulatorUser } from '../config/config'
import type { FaultSet } from '../faults/faults'
import type { Feature } from '../policy/feature'
import { stableId } from './ids'
import type { Store } from './store'
import type { SigningKey } from '../oauth/tokens'

/** A configured user whose id is always known. */
export type ResolvedUser = EmulatorUser & { id: string }

/** What lives as long as the emulator: its seed, state, clock and signing key. */
export type Environment = {
  config: EmulatorConfig
  users: ResolvedUser[]
  store: Store
  /** The fault rules in force. */
  faults: FaultSet
  now: () => number
  signingKey: () => Promise<SigningKey>
  /**
   * The sign-on policy's features in stage order (`features.ts` composes them). Handed to the stages
   * through here, so that a stage moving the flow on (`advance`) imports no list of the stages.
   */
  policy: readonly Feature[]
}

/** One request as the handlers see it. `base` is `{origin}/{envId}` (or a custom domain), the root of every href. */
export type Ctx = Environment & { request: Request; url: URL; base: string }

/** Gives every configured user an id without touching the config. */
export function resolveUsers(config: EmulatorConfig): ResolvedUser[] {
  return config.users.map((user) => ({
    ...user,
    id: user.id ?? stableId(`${config.environmentId}/${user.username.toLowerCase()}`),
  }))
}

export function findApp(env: Environment, clientId: string | null | undefined) {
  return env.config.applications.find((app) => app.clientId === clientId)
}

/** Usernames match case-insensitively, as PingOne's do. Run-time accounts win over the config. */
export function findUserByName(env: Environment, username: string): ResolvedUser | undefined {
  const wanted = username.toLowerCase()
  const matches = (user: ResolvedUser) => user.username.toLowerCase() === wanted
  return [...env.store.accounts.values()].find(matches) ?? env.users.find(matches)
}

export function findUserById(env: Environment, id: string): ResolvedUser | undefined {
  return env.store.accounts.get(id) ?? env.users.find((user) => user.id === id)
}

export function lockoutRule(env: Environment) {
  return env.config.lockout ?? { failures: 5, seconds: 900 }
}

/** Where the browser goes to show a flow: the app's sign-on page, else the hosted one. */
export function signOnPageUrl(ctx: Ctx, app: EmulatorApplication | undefined, flowId: string): string {
  if (!app?.loginPageUrl) return hostedPageUrl(ctx, flowId)
  const url = new URL(app.loginPageUrl)
  url.searchParams.set('environmentId', ctx.config.environmentId)
  url.searchParams.set('flowId', flowId)
  return url.href
}

/**
 * Where the browser goes when PingOne cannot go on: the app's sign-on page with `?error=` and the
 * JSON-encoded PingOne error, as Ping's custom sign-on sample reads it.
 */
export function signOnPageErrorUrl(ctx: Ctx, app: EmulatorApplication | undefined, error: object): string {
  const url = new URL(app?.loginPageUrl ?? `${ctx.base}/signon/`)
  url.searchParams.set('error', JSON.stringify(error))
  return url.href
}

export function hostedPageUrl(ctx: Ctx, flowId: string): string {
  return `${ctx.base}/signon/?flowId=${encodeURIComponent(flowId)}`
}
