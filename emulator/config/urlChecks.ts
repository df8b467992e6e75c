/** What a CORS origin must look like: as a browser sends it in `Origin`. */
export const expectedOrigin =
  'an origin such as "http://localhost:5173" (scheme, host and port as a browser sends them; no path, no trailing slash, no "*")'

/** What a redirect URI or login page URL must look like. */
export const expectedUrl = 'an absolute http(s) URL such as "http://localhost:5173/", without a #fragment'

/** What a custom domain must look like (a trailing slash is taken). */
export const expectedDomain = 'an origin such as "https://auth.example.com"'

/**
 * True for an http(s) origin exactly as a browser serialises it in the `Origin` header: lower-case,
 * without a default port, a path or a trailing slash. Anything else could never match a request.
 */
export function isOrigin(value: unknown): value is string {
  const url = parsedHttp(value)
  return url !== undefined && url.origin === value
}

/** True for an absolute http(s) URL without a fragment (RFC 6749 section 3.1.2). */
export function isHttpUrl(value: unknown): value is string {
  const url = parsedHttp(value)
  return url !== undefined && url.hash === '' && !String(value).includes('#')
}

/** True for an http(s) origin, with or without a trailing slash, as `customDomains` takes it. */
export function isDomain(value: unknown): value is string {
  const url = parsedHttp(value)
  return url !== undefined && url.pathname === '/' && url.search === '' && url.hash === '' && !url.username && !url.password
}

function parsedHttp(value: unknown): URL | undefined {
  if (typeof value !== 'string') return undefined
  try {
    const url = new URL(value)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined
  } catch {
    return undefined
  }
}
