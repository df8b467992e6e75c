import { http, HttpResponse, type HttpHandler } from 'msw'
import { createCookieJar } from './http/cookieJar'
import { privateCookieHeader, privateSetCookieHeader } from './http/cookies'
import { privateCorsRefusedHeader, privateOriginHeader } from './http/cors'
import type { Emulator } from './createEmulator'

/** MSW handlers for an emulator, with the cookie jar they share. */
export type EmulatorHandlers = {
  /** Pass to `setupServer(...handlers)` or `setupWorker(...handlers)`. */
  handlers: HttpHandler[]
  /** Forgets every cookie, like a fresh browser profile (pair it with `emulator.reset()`). */
  clearCookies(): void
  /**
   * A request to the emulator as the browser makes a page navigation: with the jar's cookies, keeping
   * those it sets, and redirects not followed (read `Location`). For a test or story that plays the
   * browser's part, e.g. opening authorize in redirect mode or coming back from an identity provider,
   * so that the kit's own calls then carry the cookies PingOne bound the flow to.
   */
  browse(url: string | URL, init?: RequestInit): Promise<Response>
}

/**
 * Mounts the emulator at `baseUrl` (e.g. `https://auth.pingone.test`) in MSW. MSW cannot
 * store cookies, so the handlers play the browser: they keep the emulator's `Set-Cookie`s in
 * a jar and send them back, both only for requests made with `credentials: 'include'` (the
 * emulator is cross-origin to the app, as PingOne is). Redirects pass through unchanged. Like a
 * browser, they name the page's origin (`location.origin`, jsdom's too) on a cross-origin request,
 * and an answer whose CORS does not allow it (the origin missing from the application's
 * `corsOrigins`, an unknown environment, or a `corsRefused` fault) becomes a network error, as
 * `fetch` in a browser sees it: a test passes only with a config a browser would take. A `no-cors`
 * request gets an empty answer, as the browser's opaque one reads.
 * No `Host` check, unlike the Node server: MSW only intercepts requests the page itself makes to
 * `baseUrl`, so no other site can reach the emulator, by DNS rebinding or otherwise.
 */
export function createEmulatorHandlers(emulator: Emulator, baseUrl: string): EmulatorHandlers {
  const jar = createCookieJar()
  const base = baseUrl.replace(/\/+$/, '')
  const withJar = async (request: Request, include: boolean, origin?: string): Promise<Response> => {
    const url = new URL(request.url)
    const headers = new Headers(request.headers)
    if (origin && origin !== url.origin && !headers.has('Origin')) headers.set(privateOriginHeader, origin)
    const cookie = include ? jar.header(url) : undefined
    if (cookie) {
      headers.set('Cookie', cookie)
      headers.set(privateCookieHeader, cookie)
    }
    const hasBody = request.method !== 'GET' && request.method !== 'HEAD'
    const forwarded = new Request(request.url, {
      method: request.method,
      headers,
      body: hasBody ? await request.arrayBuffer() : undefined,
      credentials: request.credentials,
      signal: request.signal,
    })
    const response = await emulator.handle(forwarded)
    // As for a cross-origin fetch, a browser only keeps cookies of credentialed requests.
    const relayed = response.headers.get(privateSetCookieHeader)?.split(', ').map(decodeURIComponent) ?? []
    if (include) jar.store(url, [...response.headers.getSetCookie(), ...relayed])
    response.headers.delete(privateSetCookieHeader)
    return response
  }
  const handler = http.all(`${base}/*`, async ({ request }) => {
    const response = await withJar(request, request.credentials === 'include', pageOrigin())
    // A no-cors request gets an opaque answer, whatever the server's CORS: the page reads nothing.
    if (request.mode === 'no-cors' && isCrossOrigin(request)) return new Response(null)
    if (response.headers.has(privateCorsRefusedHeader) || refusedByCors(request, response)) return HttpResponse.error()
    return response
  })
  return {
    handlers: [handler],
    clearCookies: () => jar.clear(),
    browse: (url, init) => withJar(new Request(url, init), true),
  }
}

/** The handlers alone, with a jar of their own; use {@link createEmulatorHandlers} to clear it. */
export function emulatorHandlers(emulator: Emulator, baseUrl: string): HttpHandler[] {
  return createEmulatorHandlers(emulator, baseUrl).handlers
}

/** The origin of the page the handlers run in (a browser, jsdom), if any. */
function pageOrigin(): string | undefined {
  const origin = (globalThis as { location?: { origin?: string } }).location?.origin
  return origin && origin !== 'null' ? origin : undefined
}

/** True when the request leaves the page's origin (there is a page, and it is elsewhere). */
function isCrossOrigin(request: Request): boolean {
  const page = pageOrigin()
  return page !== undefined && page !== new URL(request.url).origin
}

/**
 * True when a browser would refuse the answer to the page: a cross-origin `fetch` to an endpoint
 * that answers CORS (it varies on `Origin`; an unknown environment's 404 too) that did not allow the
 * page's origin. Navigations (a service worker sees Storybook's) are not CORS requests and pass.
 */
function refusedByCors(request: Request, response: Response): boolean {
  if (!isCrossOrigin(request) || request.mode === 'navigate' || request.mode === 'no-cors') return false
  if (!/\borigin\b/i.test(response.headers.get('Vary') ?? '')) return false
  return response.headers.get('Access-Control-Allow-Origin') !== pageOrigin()
}
