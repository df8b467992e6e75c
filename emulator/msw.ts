import { http, HttpResponse, type HttpHandler } from 'msw'
import { createCookieJar } from './cookieJar'
import { privateCookieHeader, privateSetCookieHeader } from './cookies'
import { privateCorsRefusedHeader } from './cors'
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
 * emulator is cross-origin to the app, as PingOne is). Redirects pass through unchanged. A
 * response whose CORS a fault refused becomes a network error, as `fetch` in a browser sees it.
 * No `Host` check, unlike the Node server: MSW only intercepts requests the page itself makes to
 * `baseUrl`, so no other site can reach the emulator, by DNS rebinding or otherwise.
 */
export function createEmulatorHandlers(emulator: Emulator, baseUrl: string): EmulatorHandlers {
  const jar = createCookieJar()
  const base = baseUrl.replace(/\/+$/, '')
  const withJar = async (request: Request, include: boolean): Promise<Response> => {
    const url = new URL(request.url)
    const headers = new Headers(request.headers)
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
    const response = await withJar(request, request.credentials === 'include')
    if (response.headers.has(privateCorsRefusedHeader)) return HttpResponse.error()
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
