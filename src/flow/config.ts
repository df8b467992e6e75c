/** What the kit needs to know about the PingOne environment and the application. */
export type SignOnConfig = {
  /** The PingOne environment id. */
  environmentId: string
  /** The application's client id. */
  clientId: string
  /** A redirect URI registered on the application; sent on authorize and returned with the code. */
  redirectUri: string
  /** Space-separated scopes. Defaults to `openid`. */
  scope?: string
  /**
   * The PingOne auth host: a URL such as `https://auth.pingone.eu`, or a region's top-level domain
   * (`com`, `eu`, `ca`, `asia`, `com.au`, `sg`). Defaults to `https://auth.pingone.com`.
   */
  authBaseUrl?: string
  /**
   * Your PingOne custom domain, such as `https://auth.example.com`. When set, the kit sends every
   * request there, without the environment id in the path (`https://auth.example.com/as/authorize`),
   * and trusts only that origin; `authBaseUrl` is then unused.
   * See https://developer.pingidentity.com/pingone-api/platform/custom-domains.html
   */
  customDomain?: string
}

/** The config with defaults applied and the trusted origin worked out. */
export type ResolvedConfig = Omit<Required<SignOnConfig>, 'customDomain'> & {
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

const regionPattern = /^[a-z]{2,4}(\.[a-z]{2})?$/

/** Applies defaults and validates the config; throws a TypeError naming the bad prop. */
export function resolveConfig(config: SignOnConfig): ResolvedConfig {
  const { environmentId, clientId, redirectUri } = config
  for (const [name, value] of Object.entries({ environmentId, clientId, redirectUri })) {
    if (typeof value !== 'string' || value.trim() === '') {
      throw new TypeError(`<PingOneSignOn> needs a non-empty \`${name}\`.`)
    }
  }
  const base = config.authBaseUrl ?? 'https://auth.pingone.com'
  const url = regionPattern.test(base) ? new URL(`https://auth.pingone.${base}`) : parseUrl('authBaseUrl', base)
  const authBaseUrl = url.href.replace(/\/+$/, '')
  const shared = { environmentId, clientId, redirectUri, scope: config.scope ?? 'openid', authBaseUrl }
  const requestTimeout = defaultRequestTimeout
  if (config.customDomain === undefined) {
    const environmentUrl = `${authBaseUrl}/${encodeURIComponent(environmentId)}`
    return { ...shared, customDomain: undefined, authOrigin: url.origin, environmentUrl, requestTimeout }
  }
  const domain = parseUrl('customDomain', config.customDomain)
  const customDomain = domain.href.replace(/\/+$/, '')
  return { ...shared, customDomain, authOrigin: domain.origin, environmentUrl: customDomain, requestTimeout }
}

function parseUrl(prop: 'authBaseUrl' | 'customDomain', value: string): URL {
  try {
    const url = new URL(value)
    if (url.protocol === 'https:' || url.protocol === 'http:') return url
  } catch {
    // reported below
  }
  const expected = prop === 'authBaseUrl' ? 'an http(s) URL or a region such as "eu"' : 'an http(s) URL'
  throw new TypeError(`<PingOneSignOn> \`${prop}\` must be ${expected}; got "${value}".`)
}
