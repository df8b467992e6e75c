import type { Flow, FlowAction, PingOneErrorBody } from '../../src/flow/types'
import { createEmulator, defaultConfig, type Emulator, type EmulatorConfig } from '../../emulator'
import { createCookieJar } from '../../emulator/http/cookieJar'

export const origin = 'https://auth.emulator.test'
export const envId = defaultConfig.environmentId
export const base = `${origin}/${envId}`
export const clientId = defaultConfig.applications[0]!.clientId
export const appOrigin = 'http://localhost:5173'
export const demo = { username: 'demo', password: 'Demo-Passw0rd!' }
/** RFC 7636 appendix B. */
export const pkce = {
  verifier: 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk',
  challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
}

/** An emulator with a settable clock, seen from one browser (see {@link inBrowser}). */
export function setup(config: EmulatorConfig = defaultConfig) {
  const clock = { now: Date.parse('2026-01-01T00:00:00.000Z') }
  const emulator = inBrowser(createEmulator(config, { now: () => clock.now }))
  return { emulator, clock }
}

/**
 * The emulator as one browser meets it: `handle` keeps the cookies its answers set and sends them
 * back with the next requests, as PingOne's flow binding needs. A request that sets its own `Cookie`
 * header, or `credentials: 'omit'`, is sent as it is: another browser, or one that blocks cookies.
 */
export function inBrowser(emulator: Emulator): Emulator {
  const jar = createCookieJar()
  return Object.assign(Object.create(emulator) as Emulator, {
    async handle(request: Request) {
      const url = new URL(request.url)
      const cookie = jar.header(url)
      const own = request.headers.has('Cookie') || request.credentials === 'omit'
      const sent = own || !cookie ? request : withCookie(request, cookie)
      const response = await emulator.handle(sent)
      if (!own) jar.store(url, response.headers.getSetCookie())
      return response
    },
  })
}

function withCookie(request: Request, cookie: string): Request {
  const headers = new Headers(request.headers)
  headers.set('Cookie', cookie)
  return new Request(request, { headers })
}

export function authorizeUrl(params: Record<string, string> = {}): string {
  const url = new URL(`${base}/as/authorize`)
  const all = {
    client_id: clientId,
    response_type: 'code',
    scope: 'openid profile email',
    code_challenge: pkce.challenge,
    code_challenge_method: 'S256',
    ...params,
  }
  for (const [name, value] of Object.entries(all)) if (value !== '') url.searchParams.set(name, value)
  return url.href
}

/** Starts a pi.flow sign-on and returns the flow. */
export async function startFlow(emulator: Emulator, params: Record<string, string> = {}, cookie?: string) {
  const headers: HeadersInit = cookie ? { Cookie: cookie } : {}
  const response = await emulator.handle(
    new Request(authorizeUrl({ response_mode: 'pi.flow', ...params }), { headers }),
  )
  if (response.status !== 200) throw new Error(`authorize: ${response.status} ${await response.text()}`)
  return (await response.json()) as Flow
}

/** POSTs an action to the flow. */
export function act(emulator: Emulator, flow: Flow, action: FlowAction | string, body?: unknown, headers: Record<string, string> = {}) {
  return emulator.handle(
    new Request(flow._links.self!.href, {
      method: 'POST',
      headers: { 'Content-Type': `application/vnd.pingidentity.${action}+json`, ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  )
}

export async function errorOf(response: Response) {
  return (await response.json()) as PingOneErrorBody
}

/** The `ST=...` pair from a response's Set-Cookie, ready for a Cookie header. */
export function sessionCookieOf(response: Response): string {
  const line = response.headers.getSetCookie().find((c) => c.startsWith('ST='))
  if (!line) throw new Error('no ST cookie')
  return line.split(';')[0]!
}

/** Authorize + password (asked for even when the browser is signed on already): a COMPLETED flow and its `ST` cookie. */
export async function signIn(emulator: Emulator, params: Record<string, string> = {}) {
  const flow = await startFlow(emulator, { prompt: 'login', ...params })
  const response = await act(emulator, flow, 'usernamePassword.check', demo)
  if (response.status !== 200) throw new Error(`sign-in: ${response.status}`)
  return { flow: (await response.json()) as Flow, cookie: sessionCookieOf(response) }
}
