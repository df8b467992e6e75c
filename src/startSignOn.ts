import { authorize, authorizeUrl } from './flow/api'
import { defaultRequestTimeout, tryResolveConfig, type PageConfig, type ResolvedConfig } from './flow/config'
import { startFlow, type FlowSession } from './flow/startFlow'
import { readErrorFromLocation, readFlowIdFromLocation } from './session/location'
import type { EarlyRequest, EarlyStart } from './start/earlyStart'

/**
 * A sign-on that {@link startSignOn} (or `startSignOn` from `pingone-signon-react/start`) started
 * before React rendered. Opaque: hand it to `<PingOneSignOn started={…}>`.
 */
export type StartedSignOn = {
  /** Settles once PingOne has answered, or the start has failed (the provider then shows why). */
  readonly settled: Promise<void>
}

type TakeOver = (config: ResolvedConfig, flowId: string | null) => TakenOver | undefined

// Kept out of StartedSignOn so that neither the type hosts see nor the object carries the hand-over.
const takeOvers = new WeakMap<object, TakeOver>()

/**
 * Where `pingone-signon-react/start` keeps its hand-over on the object it returns: the key of
 * src/start/earlyStart.ts (written out, not imported, so that the two entries share no chunk).
 */
const earlyStartKey = Symbol.for('pingone-signon-react/start')

/**
 * For `<PingOneSignOn>`: the sign-on `started` began, if it began with the same environment, client,
 * redirect URI, scope, authorize options and flow, and no provider has claimed it yet.
 */
export function takeOver(started: StartedSignOn | undefined, config: ResolvedConfig, flowId: string | null) {
  if (!started) return undefined
  let handOver = takeOvers.get(started)
  const early = handOver ? undefined : earlyStart(started)
  if (early) takeOvers.set(started, (handOver = handOverOnce(early.config, (reading) => tracked(readEarlyStart(reading, early.request)))))
  return handOver?.(config, flowId)
}

/**
 * What a provider takes over: the flow PingOne answers with, that flow once it has, and `claim`,
 * which the provider calls once mounted so that no provider mounted later takes it over again.
 */
export type TakenOver = { session: Promise<FlowSession>; current: () => FlowSession | undefined; claim: () => void }

/** A flow session, with its answer once there (for the provider's first render). */
type Tracked = Pick<TakenOver, 'session' | 'current'>

function tracked(session: Promise<FlowSession>): Tracked {
  let answer: FlowSession | undefined
  return { session: session.then((value) => (answer = value)), current: () => answer }
}

/** The config a sign-on was started with: what a provider's must equal for it to take it over. */
type StartedWith = Pick<ResolvedConfig, 'environmentUrl' | 'clientId' | 'redirectUri' | 'scope' | 'authorizeParams'>

/**
 * Hands the sign-on begun with `startedWith` (and with `flowId`, a flow to continue, or null) to
 * the first provider with the same config, until one has claimed it. `begin` runs once, for that
 * provider's config (without its unmount signal, as for a start before React), and returns the flow
 * session with a way to read its answer once there.
 */
function handOverOnce(
  startedWith: StartedWith,
  begin: (config: ResolvedConfig) => Tracked,
  flowId: string | null = null,
): TakeOver {
  let taken: TakenOver | undefined
  let claimed = false
  return (config, otherFlowId) => {
    const same =
      otherFlowId === flowId &&
      config.environmentUrl === startedWith.environmentUrl &&
      config.clientId === startedWith.clientId &&
      config.redirectUri === startedWith.redirectUri &&
      config.scope === startedWith.scope &&
      // Not ui_locales: it only words what PingOne itself writes, and the kit words the page.
      JSON.stringify(config.authorizeParams) === JSON.stringify(startedWith.authorizeParams)
    if (!same || claimed) return undefined
    // One provider only: a provider mounted later (after signing out, say) starts a sign-on of its
    // own. Claimed on mount, not on render: StrictMode renders twice, and React 18 with fresh state.
    taken ??= { ...begin({ ...config, signal: undefined }), claim: () => void (claimed = true) }
    return taken
  }
}

/**
 * Sends the pi.flow authorize (or reads the page address's `flowId`) now, rather than once
 * `<PingOneSignOn>` has rendered, so PingOne's round trip overlaps the loading of your page. Call it
 * where your sign-on page's script starts and pass the result to the provider's `started` prop with
 * the same config (and the same `requestTimeout` and `loginPage`, if you set them). If PingOne has
 * answered by the time the provider renders, the provider shows the first step straight away. Used
 * once: "Start again" starts a new sign-on. On a server, or with a refused config, it does nothing.
 * To send it before the kit and React have even downloaded, use `pingone-signon-react/start`.
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
  const flow = tracked(startFlow(resolved, flowId))
  // A failure reaches the provider through `session`; here it is handled, so never unhandled.
  const started: StartedSignOn = { settled: flow.session.then(() => undefined, () => undefined) }
  // Under way already: the provider's config only decides whether it takes it over.
  takeOvers.set(started, handOverOnce(resolved, () => flow, flowId))
  return started
}

/** The hand-over of `pingone-signon-react/start` on `started`, if it holds one. */
function earlyStart(started: object): EarlyStart | undefined {
  const early: Partial<EarlyStart> | undefined = (started as Record<symbol, Partial<EarlyStart> | undefined>)[earlyStartKey]
  const config = early?.config
  if (!config || typeof config.environmentUrl !== 'string' || typeof early.request?.then !== 'function') return undefined
  return early as EarlyStart
}

/**
 * Reads the authorize `pingone-signon-react/start` sent as the kit's own authorize would: the same
 * checks, errors and retries. If it sent anything but what the kit would send (a start script of
 * another version, say), or could not send it, the kit sends its own.
 */
async function readEarlyStart(config: ResolvedConfig, request: Promise<EarlyRequest>): Promise<FlowSession> {
  const sent = await request.catch(() => undefined)
  const transaction = sent?.transaction
  const uiLocales = sent && (new URL(sent.url).searchParams.get('ui_locales') ?? undefined)
  const expected = transaction && typeof transaction.codeVerifier === 'string' && authorizeUrl({ ...config, uiLocales }, transaction)
  if (!sent || !transaction || !expected || expected.href !== sent.url) {
    sent?.abort()
    return startFlow(config, null)
  }
  return { flow: await authorize({ ...config, uiLocales }, transaction, sent), transaction }
}
