import { isLoopbackHost } from './loopback'

/** Session seconds: PingOne's ST cookie lives 30 days. */
export const sessionSeconds = 2592000

/**
 * The cookies PingOne binds a sign-on to: `ST`, and `ST-NO-SS` with the same value and no
 * `SameSite`, for browsers that mishandle `SameSite=None`.
 */
export const flowCookieNames = ['ST', 'ST-NO-SS'] as const

/**
 * Browsers drop `Cookie` from a script-built Request and `Set-Cookie` from a script-built Response,
 * so in a page (Storybook's MSW) cookies travel in these private headers between the emulator and
 * its MSW cookie jar. The Node server strips them: over real HTTP only real cookies count.
 */
export const privateCookieHeader = 'X-Emulator-Cookie'
export const privateSetCookieHeader = 'X-Emulator-Set-Cookie'

/** Reads one cookie from the request's `Cookie` header (or the MSW jar's private one). */
export function readCookie(request: Request, name: string): string | undefined {
  const header = request.headers.get('Cookie') ?? request.headers.get(privateCookieHeader)
  if (!header) return undefined
  for (const part of header.split(';')) {
    const eq = part.indexOf('=')
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim())
  }
  return undefined
}

/**
 * `Set-Cookie` lines for `ST` and `ST-NO-SS`, path-scoped to the environment like PingOne's: `base`
 * is the environment's root URL, so the path is `/{envId}`, or `/` on a custom domain. A browser
 * keeps `Secure` cookies only from a secure origin: https, or a loopback host (the demo's
 * `http://localhost:4010`); a plain-http test host on another name gets cookies without it.
 */
export function flowCookies(base: string, value: string): string[] {
  const url = new URL(base)
  const path = `Path=${url.pathname}; Max-Age=${sessionSeconds}; HttpOnly`
  const secure = url.protocol === 'https:' || isLoopbackHost(url.hostname)
  return [
    `ST=${value}; ${path}${secure ? '; Secure; SameSite=None' : '; SameSite=Lax'}`,
    `ST-NO-SS=${value}; ${path}${secure ? '; Secure' : ''}`,
  ]
}

/** `Set-Cookie` lines that make the browser drop both cookies set under `base`. */
export function expiredFlowCookies(base: string): string[] {
  const expired = 'Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT'
  return flowCookieNames.map((name) => `${name}=; Path=${new URL(base).pathname}; ${expired}; HttpOnly`)
}
