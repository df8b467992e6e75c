import type { EmulatorConfig } from '../config/config'

/** Where a request lands: `base`, the root of every href answered, and the endpoint's path segments. */
export type Located = { base: string; segments: string[] }

/**
 * The origins of `config.customDomains`. Throws a TypeError naming an entry that is not an
 * http(s) origin.
 */
export function customDomainOrigins(config: EmulatorConfig): ReadonlySet<string> {
  return new Set(
    (config.customDomains ?? []).map((domain, index) => {
      const url = parseUrl(domain)
      if (url && (url.protocol === 'https:' || url.protocol === 'http:') && url.pathname === '/') return url.origin
      throw new TypeError(`customDomains[${index}] must be an origin such as "https://auth.example.com"; got "${domain}".`)
    }),
  )
}

/**
 * `{origin}/{envId}/…` on every origin. On a custom domain PingOne serves the environment without
 * its id, `https://auth.example.com/as/authorize`:
 * https://developer.pingidentity.com/pingone-api/platform/custom-domains.html
 */
export function locate(environmentId: string, customDomains: ReadonlySet<string>, url: URL): Located | undefined {
  const segments = url.pathname.split('/').filter(Boolean)
  if (segments[0] === environmentId) return { base: `${url.origin}/${environmentId}`, segments: segments.slice(1) }
  if (customDomains.has(url.origin)) return { base: url.origin, segments }
  return undefined
}

function parseUrl(value: string): URL | undefined {
  try {
    return new URL(value)
  } catch {
    return undefined
  }
}
