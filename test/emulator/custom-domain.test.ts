import { describe, expect, it } from 'vitest'
import type { Flow } from '../../src/flow/types'
import { createEmulator, defaultConfig, type Emulator } from '../../emulator'
import { clientId, demo, envId, pkce, inBrowser } from './helpers'

const domain = 'https://auth.example.com'
const config = { ...defaultConfig, customDomains: [domain] }

function authorize(emulator: Emulator, root: string) {
  const query = new URLSearchParams({
    client_id: clientId,
    response_type: 'code',
    response_mode: 'pi.flow',
    scope: 'openid',
    code_challenge: pkce.challenge,
    code_challenge_method: 'S256',
  })
  return emulator.handle(new Request(`${root}/as/authorize?${query}`))
}

function checkPassword(emulator: Emulator, flow: Flow) {
  return emulator.handle(
    new Request(flow._links['usernamePassword.check']!.href, {
      method: 'POST',
      headers: { 'Content-Type': 'application/vnd.pingidentity.usernamePassword.check+json' },
      body: JSON.stringify(demo),
    }),
  )
}

function sessionCookieLine(response: Response): string {
  return response.headers.getSetCookie().find((line) => line.startsWith('ST='))!
}

function claimsOf(jwt: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString('utf8')) as Record<string, unknown>
}

describe('a custom domain', () => {
  it('serves authorize, the flow, resume and token without the environment id in the path', async () => {
    const emulator = inBrowser(createEmulator(config))

    const started = (await (await authorize(emulator, domain)).json()) as Flow
    expect(started._links.self!.href).toBe(`${domain}/flows/${started.id}`)
    expect(started._links['usernamePassword.check']!.href).toBe(`${domain}/flows/${started.id}`)

    const checked = await checkPassword(emulator, started)
    const completed = (await checked.json()) as Flow
    expect(completed.status).toBe('COMPLETED')
    expect(completed.resumeUrl).toBe(`${domain}/as/resume?flowId=${started.id}`)
    const cookie = sessionCookieLine(checked)
    expect(cookie).toMatch(/; Path=\/;/)

    const resumed = await emulator.handle(new Request(completed.resumeUrl!, { headers: { Cookie: cookie.split(';')[0]! } }))
    const { code } = ((await resumed.json()) as Flow).authorizeResponse!
    const token = await emulator.handle(
      new Request(`${domain}/as/token`, {
        method: 'POST',
        body: new URLSearchParams({ grant_type: 'authorization_code', client_id: clientId, code: code!, code_verifier: pkce.verifier }),
      }),
    )
    expect(token.status).toBe(200)
    const { id_token } = (await token.json()) as { id_token: string }
    expect(claimsOf(id_token)).toMatchObject({ iss: `${domain}/as`, env: envId })
  })

  it('publishes discovery with the issuer and endpoints on the custom domain', async () => {
    const emulator = inBrowser(createEmulator(config))
    const response = await emulator.handle(new Request(`${domain}/as/.well-known/openid-configuration`))
    expect(await response.json()).toMatchObject({
      issuer: `${domain}/as`,
      authorization_endpoint: `${domain}/as/authorize`,
      token_endpoint: `${domain}/as/token`,
    })
  })

  it('sends social sign-on through the custom domain', async () => {
    const emulator = inBrowser(createEmulator(config))
    const started = (await (await authorize(emulator, domain)).json()) as Flow
    const providers = started._embedded?.socialProviders ?? []
    expect(providers.length).toBeGreaterThan(0)
    for (const provider of providers) {
      const href = new URL(provider._links.authenticate.href)
      expect(`${href.origin}${href.pathname}`).toBe(`${domain}/rp/authenticate`)
    }
  })

  it('clears the session cookie at Path=/ on signoff', async () => {
    const emulator = inBrowser(createEmulator(config))
    const response = await emulator.handle(new Request(`${domain}/as/signoff`))
    expect(sessionCookieLine(response)).toMatch(/^ST=; Path=\/;.*Max-Age=0/)
  })

  it('keeps the {origin}/{envId} paths, and their cookie path, on every origin', async () => {
    const emulator = inBrowser(createEmulator(config))
    for (const origin of [domain, 'https://auth.pingone.com']) {
      const started = (await (await authorize(emulator, `${origin}/${envId}`)).json()) as Flow
      expect(started._links.self!.href).toBe(`${origin}/${envId}/flows/${started.id}`)
      expect(sessionCookieLine(await checkPassword(emulator, started))).toMatch(new RegExp(`; Path=/${envId};`))
    }
  })

  it('is not found on an origin that is not a custom domain', async () => {
    expect((await authorize(createEmulator(config), 'https://auth.pingone.com')).status).toBe(404)
    expect((await authorize(createEmulator(defaultConfig), domain)).status).toBe(404)
  })

  it('meets fault rules for a flow by its id', async () => {
    const emulator = inBrowser(createEmulator(config))
    const started = (await (await authorize(emulator, domain)).json()) as Flow
    emulator.faults.add({ on: { endpoint: 'flow', action: 'usernamePassword.check' }, fault: { kind: 'expireFlow' } })
    expect((await checkPassword(emulator, started)).status).toBe(404)
  })

  it('must be an http(s) origin', () => {
    for (const bad of ['auth.example.com', 'https://auth.example.com/path', 'ftp://auth.example.com']) {
      expect(() => createEmulator({ ...defaultConfig, customDomains: [bad] })).toThrow(TypeError)
    }
    expect(() => createEmulator({ ...defaultConfig, customDomains: [`${domain}/`] })).not.toThrow()
  })
})
