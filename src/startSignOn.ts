import { defaultRequestTimeout, tryResolveConfig, type PageConfig, type ResolvedConfig } from './flow/config'
import { startFlow, type FlowSession } from './flow/startFlow'
import { readErrorFromLocation, readFlowIdFromLocation } from './session/location'

/**
 * A sign-on that {@link startSignOn} started before React rendered. Opaque: hand it to
 * `<PingOneSignOn started={…}>`.
 */
export type StartedSignOn = {
  /** Settles once PingOne has answered, or the start has failed (the provider then shows why). */
  readonly settled: Promise<void>
}

type TakeOver = (config: ResolvedConfig, flowId: string | null) => TakenOver | undefined

// Kept out of StartedSignOn so that neither the type hosts see nor the object carries the hand-over.
const takeOvers = new WeakMap<StartedSignOn, TakeOver>()

/**
 * For `<PingOneSignOn>`: the sign-on `started` began, if it began with the same environment, client,
 * redirect URI, scope and flow, and no provider has claimed it yet.
 */
export function takeOver(started: StartedSignOn | undefined, config: ResolvedConfig, flowId: string | null) {
  return started && takeOvers.get(started)?.(config, flowId)
}

/**
 * What a provider takes over: the flow PingOne answers with, that flow once it has, and `claim`,
 * which the provider calls once mounted so that no provider mounted later takes it over again.
 */
export type TakenOver = { session: Promise<FlowSession>; current: () => FlowSession | undefined; claim: () => void }

/**
 * Sends the pi.flow authorize (or reads the page address's `flowId`) now, rather than once
 * `<PingOneSignOn>` has rendered, so PingOne's round trip overlaps the loading of your page. Call it
 * where your sign-on page's script starts and pass the result to the provider's `started` prop with
 * the same config (and the same `requestTimeout` and `loginPage`, if you set them). If PingOne has
 * answered by the time the provider renders, the provider shows the first step straight away. Used
 * once: "Start again" starts a new sign-on. On a server, or with a refused config, it does nothing.
 *
 * @example
 * const config = { environmentId, clientId, redirectUri }
 * const started = startSignOn(config)
 * createRoot(root).render(<PingOneSignOn {...config} started={started} onComplete={redeem} />)
 */
export function startSignOn(
  config: PageConfig & { flowId?: string | null; requestTimeout?: number; locale?: string },
): StartedSignOn {
  const checked = tryResolveConfig(config)
  // On a server, with PingOne's ?error= in the address, or with a refused config (the provider
  // shows either): nothing starts.
  const addressError = config.flowId === undefined && readErrorFromLocation()
  if (typeof window === 'undefined' || addressError || checked.error) return { settled: Promise.resolve() }
  const requestTimeout = config.requestTimeout ?? defaultRequestTimeout
  const resolved = { ...checked.config, uiLocales: config.locale, requestTimeout }
  const flowId = config.flowId !== undefined ? config.flowId : readFlowIdFromLocation(config.environmentId, config.loginPage)
  let answer: FlowSession | undefined
  const session = startFlow(resolved, flowId).then((value) => (answer = value))
  // One provider only: a provider mounted later (after signing out, say) starts a sign-on of its own.
  // Claimed on mount, not on render: StrictMode renders twice, and React 18 with fresh state.
  let claimed = false
  const taken: TakenOver = { session, current: () => answer, claim: () => void (claimed = true) }
  // A failure reaches the provider through `session`; here it is handled, so never unhandled.
  const started: StartedSignOn = { settled: session.then(() => undefined, () => undefined) }
  takeOvers.set(started, (other, otherFlowId) => {
    const same =
      otherFlowId === flowId &&
      other.environmentUrl === resolved.environmentUrl &&
      other.clientId === resolved.clientId &&
      other.redirectUri === resolved.redirectUri &&
      other.scope === resolved.scope &&
      // Not ui_locales: it only words what PingOne itself writes, and the kit words the page.
      JSON.stringify(other.authorizeParams) === JSON.stringify(resolved.authorizeParams)
    return same && !claimed ? taken : undefined
  })
  return started
}
