/** Session seconds: PingOne's ST cookie lives 30 days. */
export const sessionSeconds = 2592000

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
 * `Set-Cookie` for a new session, path-scoped to the environment like PingOne's: `base` is the
 * environment's root URL, so the path is `/{envId}`, or `/` on a custom domain.
 */
export function sessionCookie(base: string, sessionId: string): string {
  return `ST=${sessionId}; Path=${new URL(base).pathname}; Max-Age=${sessionSeconds}; HttpOnly; Secure; SameSite=None`
}

/** `Set-Cookie` that makes the browser drop the session cookie set under `base`. */
export function expiredSessionCookie(base: string): string {
  const expired = 'Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT'
  return `ST=; Path=${new URL(base).pathname}; ${expired}; HttpOnly; Secure; SameSite=None`
}
