import { authorizeParams, type AuthorizeOptions } from './authorizeOptions'

/** What the kit needs to know about the PingOne environment and the application. */
export type SignOnConfig = AuthorizeOptions & {
  /** The PingOne environment id. */
  environmentId: string
  /** The application's client id. */
  clientId: string
  /** A redirect URI registered on the application; sent on authorize and returned with the code. */
  redirectUri: string
  /** Space-separated scopes. Defaults to `openid`. */
  scope?: string
  /**
   * The PingOne auth host: an https URL such as `https://auth.pingone.eu` (http only on localhost,
   * for the emulator), or one of PingOne's regions (`com`, `eu`, `ca`, `asia`, `com.au`, `sg`).
   * Defaults to `https://auth.pingone.com`.
   */
  authBaseUrl?: string
  /**
   * Your PingOne custom domain, such as `https://auth.example.com` (https; http only on localhost). When set, the kit sends every
   * request there, without the environment id in the path (`https://auth.example.com/as/authorize`),
   * and trusts only that origin; `authBaseUrl` is then unused.
   * See https://developer.pingidentity.com/pingone-api/platform/custom-domains.html
   */
  customDomain?: string
}

/**
 * What a sign-on page is given: {@link SignOnConfig}, where `clientId` and `redirectUri` may be left
 * out on a `loginPage`. They are what the kit's own authorize sends; a login page in redirect mode
 * continues the flow PingOne sends the browser there with, and sends no authorize of its own.
 */
export type PageConfig = Omit<SignOnConfig, 'clientId' | 'redirectUri'> & (StartsSignOn | ContinuesOnly)

/** A page that starts sign-ons itself (and, with `loginPage`, also continues PingOne's). */
type StartsSignOn = {
  /** The application's client id. */
  clientId: string
  /** A redirect URI registered on the application; sent on authorize and returned with the code. */
  redirectUri: string
  /** See {@link ContinuesOnly.loginPage}. */
  loginPage?: boolean
}

/** A login page that only continues the flows PingOne sends the browser there with. */
type ContinuesOnly = {
  /**
   * This page is the application's login page URL in PingOne (redirect mode): continue the flow
   * PingOne sends the browser here with (`?environmentId=&flowId=`), when the address names this
   * `environmentId`. PingOne binds that flow to the browser that opened authorize, so a flow id
   * someone else sent the user fails at its first call. Without `clientId` and `redirectUri` the
   * page starts nothing itself: opened without a flow (a bookmark, an expired flow, Start again), it
   * says to go back to the app and sign in from there (`NO_FLOW`). Defaults to `false`: the page
   * continues only flows it started itself.
   */
  loginPage: true
  clientId?: undefined
  redirectUri?: undefined
}

/** The config with defaults applied and the trusted origin worked out. */
export type ResolvedConfig = Omit<Required<SignOnConfig>, 'customDomain' | keyof AuthorizeOptions> & {
  // `clientId` and `redirectUri` are '' on a login page that only continues PingOne's flows.
  /** What authorize asks for besides the sign-on: `acr_values`, `login_hint`, `prompt`, `max_age`. */
  authorizeParams: Readonly<Record<string, string>>
  /** The page's language, sent as `ui_locales`. */
  uiLocales?: string
  /** The custom domain without a trailing slash, if one is configured. */
  customDomain: string | undefined
  /** The only origin the kit sends requests or navigates to. */
  authOrigin: string
  /** `{authBaseUrl}/{environmentId}`, or the custom domain: the root of every auth path. */
  environmentUrl: string
  /** Milliseconds a request may take before it is cancelled. */
  requestTimeout: number
  /** Cancels every request when it aborts (the provider unmounted). */
  signal?: AbortSignal
}

/** How long a request to PingOne may take, unless the provider says otherwise. */
export const defaultRequestTimeout = 30_000

/** PingOne's regions, by the top-level domain of their auth host (`https://auth.pingone.{region}`). */
export const regions = ['com', 'eu', 'ca', 'asia', 'com.au', 'sg'] as const

/** Applies defaults and validates the config; throws a TypeError naming the bad prop. */
export function resolveConfig(config: SignOnConfig | PageConfig): ResolvedConfig {
  const { environmentId, clientId = '', redirectUri = '' } = config
  // A login page may go without both: it never sends an authorize of its own.
  const continuesOnly = 'loginPage' in config && config.loginPage === true && config.clientId === undefined && config.redirectUri === undefined
  const required = continuesOnly ? { environmentId } : { environmentId, clientId, redirectUri }
  for (const [name, value] of Object.entries(required)) {
    if (typeof value !== 'string' || value.trim() === '') {
      const alternative = name === 'environmentId' ? '' : ' (or, on a `loginPage`, neither `clientId` nor `redirectUri`)'
      throw new TypeError(`<PingOneSignOn> needs a non-empty \`${name}\`${alternative}.`)
    }
  }
  const base = config.authBaseUrl ?? 'https://auth.pingone.com'
  const region = (regions as readonly string[]).includes(base)
  const url = region ? new URL(`https://auth.pingone.${base}`) : parseUrl('authBaseUrl', base)
  const authBaseUrl = url.href.replace(/\/+$/, '')
  const scope = config.scope ?? 'openid'
  const shared = { environmentId, clientId, redirectUri, scope, authBaseUrl, authorizeParams: authorizeParams(config) }
  const requestTimeout = defaultRequestTimeout
  if (config.customDomain === undefined) {
    const environmentUrl = `${authBaseUrl}/${encodeURIComponent(environmentId)}`
    return { ...shared, customDomain: undefined, authOrigin: url.origin, environmentUrl, requestTimeout }
  }
  const domain = parseUrl('customDomain', config.customDomain)
  const customDomain = domain.href.replace(/\/+$/, '')
  return { ...shared, customDomain, authOrigin: domain.origin, environmentUrl: customDomain, requestTimeout }
}

/**
 * The config resolved, or, if it is refused, the error that names the bad prop with a stand-in
 * config that trusts no origin (the provider then shows the error and sends nothing).
 */
export function tryResolveConfig(config: SignOnConfig | PageConfig): { config: ResolvedConfig; error: Error | null } {
  try {
    return { config: resolveConfig(config), error: null }
  } catch (error) {
    const none = { environmentId: '', clientId: '', redirectUri: '', scope: '', authBaseUrl: '', customDomain: undefined, authorizeParams: {} }
    return { config: { ...none, authOrigin: '', environmentUrl: 'about:blank', requestTimeout: 0 }, error: error as Error }
  }
}

/**
 * An https URL, or http on the developer's own machine (the emulator on `http://localhost:4010`).
 * Nothing else: a password must never cross the network in the clear, and a region's shorthand
 * that is not PingOne's (`au`, `us`) would send it to a host PingOne does not own.
 */
function parseUrl(prop: 'authBaseUrl' | 'customDomain', value: string): URL {
  let url: URL | undefined
  try {
    url = new URL(value)
  } catch {
    url = undefined
  }
  const secure = url?.protocol === 'https:' || (url?.protocol === 'http:' && isLoopback(url.hostname))
  if (url && secure && !url.username && !url.password && !url.search && !url.hash) return url
  const region = prop === 'authBaseUrl' ? `, or a PingOne region (${regions.join(', ')})` : ''
  throw new TypeError(`<PingOneSignOn> \`${prop}\` must be an https URL (http only on localhost)${region}; got "${value}".`)
}

/** A name or address of this machine: `localhost`, `*.localhost`, `127.x.x.x` or `[::1]`. */
export function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname.endsWith('.localhost') || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname)
}
