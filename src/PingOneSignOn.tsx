import { QueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react'
import type { SignOnComponents } from './components'
import { CurrentStep } from './CurrentStep'
import { defaultComponents } from './defaultComponents'
import { defaultRequestTimeout, tryResolveConfig, type PageConfig } from './flow/config'
import { kitError, PingOneError } from './flow/errors'
import type { SignOnResult } from './flow/result'
import { toStep } from './flow/toStep'
import type { Flow, FlowAction, Link, SocialProvider } from './flow/types'
import { dropFlowIdFromLocation, readErrorFromLocation, readFlowIdFromLocation } from './session/location'
import { navigateToProvider } from './session/navigateToProvider'
import { SignOnContext, type SignOnState } from './SignOnContext'
import type { StartedSignOn } from './startSignOn'
import { useCompletion } from './session/useCompletion'
import { useFlowSession } from './session/useFlowSession'
import { useHydrated } from './session/useHydrated'
import { useMessages, type LocaleMessages } from './messages/useMessages'
import { useReportErrors } from './session/useReportErrors'
import { useRestartWhenExpired } from './session/useRestartWhenExpired'
import { useUnmountSignal } from './session/useUnmountSignal'
import { ReportStepErrorContext } from './session/reportStepError'
import { preloadFor } from './steps/lazy/preload'
import { useLatest } from './support/useLatest'

/** Props of {@link PingOneSignOn}. */
export type PingOneSignOnProps = PageConfig & {
  /** Called once per flow with the code and PKCE verifier to redeem at the token endpoint. */
  onComplete?: (result: SignOnResult) => void
  /** Called once for each error: PingOne's, the network's, or the kit's own checks. */
  onError?: (error: PingOneError) => void
  /** Slots to replace; the rest keep their defaults. */
  components?: Partial<SignOnComponents>
  /**
   * Continue this flow instead of starting one; pass only a flow PingOne started for this browser.
   * Defaults to the `flowId` in the page address when this page may continue it: when PingOne sends
   * the browser back from a social provider (the kit holds that flow's PKCE transaction), or when
   * `loginPage` is set. Any other `flowId` in the address is dropped, and the kit starts its own.
   */
  flowId?: string | null
  /**
   * A sign-on {@link startSignOn} started before React rendered, with the same config: the provider
   * takes it over instead of sending its own authorize. Ignored if the config or flow differ, or
   * once a provider has mounted with it.
   */
  started?: StartedSignOn
  /** What to render inside the provider; defaults to `<CurrentStep />`. */
  children?: ReactNode
  /**
   * The language, as a BCP 47 tag (`'de'`, `'pt-BR'`, `navigator.language`). Defaults to `'en'`.
   * The best shipped match is used (`'de-AT'` → `'de'`), loaded on demand; English is built in.
   * Sent to PingOne as `ui_locales`, for what PingOne itself writes.
   */
  locale?: string
  /**
   * Your messages, per locale and per key, over the kit's: `{ en: { 'usernamePassword.submit': 'Log in' } }`.
   * `'*'` applies to every locale. A locale the kit does not ship can be added here; missing keys
   * fall back to English.
   */
  messages?: LocaleMessages
  /** Writing direction; defaults to the locale's (`rtl` for Arabic and Hebrew). */
  dir?: 'ltr' | 'rtl'
  /** Light or dark colours from the stylesheet; `'system'` (default) follows `prefers-color-scheme`. */
  colorScheme?: 'light' | 'dark' | 'system'
  /** Keeps the optional stylesheet off this instance, for teams that style every data-slot themselves. */
  unstyled?: boolean
  /**
   * Milliseconds a request to PingOne may take before it is cancelled (`TIMEOUT`). Defaults to
   * 30000. Reads are retried on timeouts and other transient failures; actions never are.
   */
  requestTimeout?: number
}

/** An expired flow on a login page that cannot start another: the user goes back to the app. */
function noFlowLeft(expired: PingOneError): PingOneError {
  const body = { code: 'NO_FLOW', message: 'The flow expired; sign-ons start in the app.' }
  return new PingOneError(body, expired.status, { cause: expired, flowExpired: true })
}

function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      // A flow is a server-side state machine: never refetch it behind the user's back.
      queries: {
        retry: false,
        staleTime: Infinity,
        gcTime: Infinity,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
      },
      mutations: { retry: false, gcTime: 0 },
    },
  })
}

/**
 * A PingOne sign-on: starts the flow (one pi.flow authorize per mount), renders the step PingOne
 * asks for, and hands the authorization code to `onComplete`. Uses its own query client, so it
 * never touches the host app's cache.
 *
 * @example
 * <PingOneSignOn
 *   environmentId="8f3c0b52-…"
 *   clientId="d2a1e9f4-…"
 *   redirectUri="https://app.example.com/"
 *   onComplete={({ code, codeVerifier, redirectUri }) => redeem(code, codeVerifier, redirectUri)}
 * />
 */
export function PingOneSignOn(props: PingOneSignOnProps) {
  const { environmentId, clientId, redirectUri, scope, authBaseUrl, customDomain } = props
  const { acrValues, loginHint, prompt, maxAge, locale: uiLocales } = props
  const { requestTimeout = defaultRequestTimeout, loginPage = false } = props
  // Every request is cancelled when the provider unmounts.
  const signal = useUnmountSignal()
  // A refused prop is shown and reported like any error, and nothing is sent.
  const { config, configError } = useMemo(() => {
    const given = { environmentId, scope, authBaseUrl, customDomain, acrValues, loginHint, prompt, maxAge }
    const resolved = tryResolveConfig(
      clientId === undefined && redirectUri === undefined && loginPage ? { ...given, loginPage } : { ...given, clientId: clientId!, redirectUri: redirectUri! },
    )
    const configError = resolved.error && kitError('INVALID_CONFIG', resolved.error.message, resolved.error)
    return { config: { ...resolved.config, uiLocales, requestTimeout, signal }, configError }
  }, [environmentId, clientId, redirectUri, scope, authBaseUrl, customDomain, acrValues, loginHint, prompt, maxAge, uiLocales, requestTimeout, signal, loginPage])
  const [client] = useState(createQueryClient)
  const [initialFlowId] = useState(() =>
    props.flowId !== undefined ? props.flowId : readFlowIdFromLocation(environmentId, loginPage),
  )
  // A flowId in the address this page may not continue is no use on a reload either.
  const refusedFlowId = props.flowId === undefined && initialFlowId === null
  useEffect(() => {
    if (refusedFlowId) dropFlowIdFromLocation()
  }, [refusedFlowId])
  // PingOne sent the browser here with ?error=: say so, and start nothing until the user starts again.
  const [addressError, setAddressError] = useState(() => (props.flowId === undefined ? readErrorFromLocation() : null))
  const messages = useMessages(props.locale ?? 'en', props.messages, props.dir, client)
  const held = configError !== null || addressError !== null
  // The server could not see the address: its error shows once hydrated, so the HTML matches.
  const hydrated = useHydrated()
  const customComponents = props.components
  const components = useMemo(() => ({ ...defaultComponents, ...customComponents }), [customComponents])
  // A flow shows once the chunk of its step, if it loads on demand, has arrived.
  const latestComponents = useLatest(components)
  const prepare = useCallback((next: Flow) => preloadFor(latestComponents.current, next), [latestComponents])
  const flowSession = useFlowSession(config, client, initialFlowId, props.started, held, prepare)
  const { session, refresh, restart: restartFlow, isPending, lastUsername } = flowSession
  const completion = useCompletion(config, client, session, props.onComplete)
  const [navigationError, setNavigationError] = useState<PingOneError | null>(null)
  // What a step threw while rendering (its chunk could not be fetched, a custom slot's bug): CurrentStep shows it.
  const [stepError, setStepError] = useState<PingOneError | null>(null)
  const resumeExpired = completion.error?.isFlowExpired ? completion.error : null
  const expiredError = flowSession.expiredError ?? resumeExpired
  // A login page without a client cannot start a sign-on: an expired flow ends there (NO_FLOW).
  const canStart = config.clientId !== ''
  const { notice, clearNotice } = useRestartWhenExpired(canStart ? expiredError : null, restartFlow)

  const authenticate = useCallback(
    (target: SocialProvider | Link) => {
      const href = 'href' in target ? target.href : target._links.authenticate.href
      if (session) setNavigationError(navigateToProvider(config, session, href))
    },
    [config, session],
  )
  const { act: actOnFlow } = flowSession
  const act = useCallback(
    (action: FlowAction, body?: Record<string, unknown>) => {
      clearNotice()
      return actOnFlow(action, body)
    },
    [actOnFlow, clearNotice],
  )
  const restart = useCallback(() => {
    setNavigationError(null)
    setAddressError(null)
    clearNotice()
    restartFlow()
  }, [restartFlow, clearNotice])

  const { startError, actionError, refreshError } = flowSession
  // An expired flow is not an error to show: it restarts by itself (useRestartWhenExpired).
  const unlessExpired = (error: PingOneError | null) => (canStart && error === expiredError ? null : error)
  // Without its cookies this browser cannot go on with the flow at all: the form is no place for it.
  const blocked = [actionError, refreshError].find((e) => e?.code === 'COOKIES_BLOCKED') ?? null
  const error = blocked || actionError === expiredError ? null : actionError
  const fatal =
    configError ?? (hydrated ? addressError : null) ?? unlessExpired(startError) ?? blocked ?? unlessExpired(completion.error) ?? navigationError ?? (canStart ? null : expiredError)
  const fatalError = useMemo(() => (fatal && fatal === expiredError && !canStart ? noFlowLeft(fatal) : fatal), [fatal, expiredError, canStart])
  useReportErrors(
    [configError, addressError, startError, actionError, flowSession.resyncedError, refreshError, completion.error, navigationError, stepError],
    props.onError,
    config,
  )

  const flow = session?.flow
  const { colorScheme = 'system', unstyled = false } = props
  const appearance = useMemo(() => ({ colorScheme, unstyled }), [colorScheme, unstyled])
  const { t, locale, dir } = messages
  const value = useMemo<SignOnState>(
    () => ({
      config,
      components,
      t,
      locale,
      dir,
      appearance,
      isLoadingMessages: messages.isLoading,
      flow,
      step: flow && toStep(flow),
      act,
      refresh,
      authenticate,
      restart,
      // What the user typed wins over the username the host hinted at.
      lastUsername: lastUsername ?? loginHint,
      notice,
      isPending,
      error,
      fatalError,
      result: completion.result,
    }),
    [config, components, t, locale, dir, appearance, messages.isLoading, flow, act, refresh, authenticate, restart, lastUsername, loginHint, notice, isPending, error, fatalError, completion.result],
  )
  return (
    <SignOnContext.Provider value={value}>
      <ReportStepErrorContext.Provider value={setStepError}>{props.children ?? <CurrentStep />}</ReportStepErrorContext.Provider>
    </SignOnContext.Provider>
  )
}
