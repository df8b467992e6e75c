import { describe, expect, it } from 'vitest'
import type { Flow } from '../../src/flow/types'
import { createEmulator, type Emulator } from '../../emulator'
import { privateSetCookieHeader } from '../../emulator/http/cookies'
import { act, authorizeUrl, base, clientId, demo, inBrowser, pkce, signIn, startFlow } from './helpers'

// Security review, issue 14 finding 4: the `ST` / `ST-NO-SS` cookie is the browser's secret. Its
// value must appear in no body, no header but `Set-Cookie`, and no token, and differ from the
// session id that bodies and tokens do carry.

const cookieNames = ['ST', 'ST-NO-SS']

/** What a browser (and any script in it) could read of the emulator's answers, and the cookies it was given. */
type Seen = { cookies: Set<string>; readable: string[] }

/** The emulator behind a recorder: every cookie value it sets, and every readable part of every answer. */
function recorded(emulator: Emulator): { emulator: Emulator; seen: Seen } {
  const seen: Seen = { cookies: new Set(), readable: [] }
  const recorder = Object.assign(Object.create(emulator) as Emulator, {
    async handle(request: Request) {
      const response = await emulator.handle(request)
      for (const line of response.headers.getSetCookie()) {
        const [pair = ''] = line.split(';')
        const eq = pair.indexOf('=')
        const value = pair.slice(eq + 1).trim()
        if (cookieNames.includes(pair.slice(0, eq).trim()) && value) seen.cookies.add(value)
      }
      // The private header is Set-Cookie itself, relayed to the MSW jar; both adapters strip it.
      const cookieHeaders = ['set-cookie', privateSetCookieHeader.toLowerCase()]
      response.headers.forEach((value, name) => {
        if (!cookieHeaders.includes(name)) seen.readable.push(`${name}: ${value}`)
      })
      const body = await response.clone().text()
      seen.readable.push(body, ...jwtParts(body))
      return response
    },
  })
  return { emulator: recorder, seen }
}

/** The decoded header and claims of every JWT in `text` (a token response, a JWKS). */
function jwtParts(text: string): string[] {
  const jwts = text.match(/eyJ[\w-]+\.[\w-]+\.[\w-]+/g) ?? []
  return jwts.flatMap((jwt) => jwt.split('.').slice(0, 2).map((part) => Buffer.from(part, 'base64url').toString('utf8')))
}

async function resume(emulator: Emulator, flow: Flow) {
  const response = await emulator.handle(new Request(flow.resumeUrl!))
  expect(response.status).toBe(200)
  return ((await response.json()) as Flow).authorizeResponse!.code!
}

async function redeem(emulator: Emulator, code: string) {
  const form = { grant_type: 'authorization_code', client_id: clientId, code_verifier: pkce.verifier, code }
  const response = await emulator.handle(new Request(`${base}/as/token`, { method: 'POST', body: new URLSearchParams(form) }))
  expect(response.status).toBe(200)
  return (await response.json()) as { access_token: string; id_token: string }
}

function get(emulator: Emulator, path: string, headers: HeadersInit = {}) {
  return emulator.handle(new Request(`${base}/${path}`, { headers: { Accept: 'application/json', ...headers } }))
}

describe('the flow cookie is a secret of the browser', () => {
  it('appears in no body, header or token of a password sign-on, an SSO reuse, MFA and the _emulator pages', async () => {
    const { emulator, seen } = recorded(createEmulator())
    const browser = inBrowser(emulator)

    // Password, then a second authorize in the same browser: single sign-on with the cookie.
    const { flow } = await signIn(browser)
    const first = await redeem(browser, await resume(browser, flow))
    await get(browser, 'as/userinfo', { Authorization: `Bearer ${first.access_token}` })
    const reused = await startFlow(browser)
    expect(reused.status).toBe('COMPLETED')
    const second = await redeem(browser, await resume(browser, reused))
    await get(browser, 'as/userinfo', { Authorization: `Bearer ${second.access_token}` })
    // Redirect mode: the Location header too.
    await browser.handle(new Request(authorizeUrl()))

    // MFA: a texted code in the outbox and a push waiting, each in a browser of its own.
    for (const username of ['mfa-sms', 'mfa-push']) {
      const other = inBrowser(emulator)
      await act(other, await startFlow(other), 'usernamePassword.check', { ...demo, username })
    }
    for (const page of ['_emulator/outbox', '_emulator/push', '_emulator/faults', 'as/jwks', 'as/.well-known/openid-configuration']) {
      await get(browser, page)
    }

    // The tokens were decoded: their session id is there to see.
    expect(seen.readable.filter((text) => text.includes('"sid":')).length).toBeGreaterThanOrEqual(4)
    const sessionIds = [flow, reused].map((f) => f.session?.id)
    expect(sessionIds.every(Boolean)).toBe(true)
    expect(seen.cookies.size).toBeGreaterThan(0)
    for (const cookie of seen.cookies) expect(sessionIds).not.toContain(cookie)
    const leaks = [...seen.cookies].flatMap((cookie) =>
      seen.readable.filter((text) => text.includes(cookie)).map((text) => `${cookie} in ${text.slice(0, 300)}`),
    )
    expect(leaks).toEqual([])
  })
})
