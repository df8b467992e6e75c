/** A stored cookie: value, path scope and absolute expiry (ms), as a browser keeps it. */
type JarCookie = { name: string; value: string; host: string; path: string; expires?: number }

/** The minimal browser cookie store MSW lacks: host- and path-scoped, honouring expiry. */
export type CookieJar = {
  /** Stores the response's `Set-Cookie` headers for `url`. */
  store(url: URL, setCookies: string[]): void
  /** The `Cookie` header value for `url`, or undefined if no cookie matches. */
  header(url: URL): string | undefined
  clear(): void
}

export function createCookieJar(now: () => number = Date.now): CookieJar {
  let cookies: JarCookie[] = []
  return {
    store(url, setCookies) {
      for (const line of setCookies) {
        const cookie = parse(line, url, now())
        if (!cookie) continue
        const same = (c: JarCookie) => c.name === cookie.name && c.host === cookie.host && c.path === cookie.path
        cookies = cookies.filter((c) => !same(c))
        if (cookie.expires === undefined || cookie.expires > now()) cookies.push(cookie)
      }
    },
    header(url) {
      const time = now()
      cookies = cookies.filter((c) => c.expires === undefined || c.expires > time)
      const matching = cookies.filter((c) => c.host === url.host && pathMatches(url.pathname, c.path))
      return matching.length > 0 ? matching.map((c) => `${c.name}=${c.value}`).join('; ') : undefined
    },
    clear() {
      cookies = []
    },
  }
}

function parse(line: string, url: URL, time: number): JarCookie | undefined {
  const [pair = '', ...attributes] = line.split(';')
  const eq = pair.indexOf('=')
  if (eq <= 0) return undefined
  const cookie: JarCookie = {
    name: pair.slice(0, eq).trim(),
    value: pair.slice(eq + 1).trim(),
    host: url.host,
    path: defaultPath(url.pathname),
  }
  let maxAge: number | undefined
  for (const attribute of attributes) {
    const [key = '', ...rest] = attribute.split('=')
    const value = rest.join('=').trim()
    const name = key.trim().toLowerCase()
    if (name === 'path' && value.startsWith('/')) cookie.path = value
    else if (name === 'max-age' && /^-?\d+$/.test(value)) maxAge = Number(value)
    else if (name === 'expires' && !Number.isNaN(Date.parse(value))) cookie.expires ??= Date.parse(value)
  }
  // Max-Age wins over Expires (RFC 6265 section 5.3).
  if (maxAge !== undefined) cookie.expires = time + maxAge * 1000
  return cookie
}

/** RFC 6265 default-path: the request path up to its last slash. */
function defaultPath(pathname: string): string {
  const slash = pathname.lastIndexOf('/')
  return slash <= 0 ? '/' : pathname.slice(0, slash)
}

/** RFC 6265 path-match. */
function pathMatches(requestPath: string, cookiePath: string): boolean {
  if (requestPath === cookiePath) return true
  if (!requestPath.startsWith(cookiePath)) return false
  return cookiePath.endsWith('/') || requestPath[cookiePath.length] === '/'
}
