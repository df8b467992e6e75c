import { describe, expect, it } from 'vitest'
import type { Flow } from '../../src/flow/types'
import { createEmulator, defaultConfig } from '../../emulator'
import { authorizeUrl, base, clientId, pkce, setup, signIn, startFlow, inBrowser } from './helpers'

/** Signs in and resumes: an authorization code. */
async function codeFor(emulator: ReturnType<typeof setup>['emulator'], params: Record<string, string> = {}) {
  const { flow, cookie } = await signIn(emulator, params)
  const resumed = await emulator.handle(new Request(flow.resumeUrl!, { headers: { Cookie: cookie } }))
  return ((await resumed.json()) as Flow).authorizeResponse!.code!
}

function redeem(emulator: ReturnType<typeof setup>['emulator'], form: Record<string, string>) {
  const defaults = { grant_type: 'authorization_code', client_id: clientId, code_verifier: pkce.verifier }
  return emulator.handle(
    new Request(`${base}/as/token`, { method: 'POST', body: new URLSearchParams({ ...defaults, ...form }) }),
  )
}

describe('token endpoint', () => {
  it('issues Bearer tokens with no-store', async () => {
    const { emulator } = setup()
    const response = await redeem(emulator, { code: await codeFor(emulator) })
    expect(response.status).toBe(200)
    expect(response.headers.get('Cache-Control')).toBe('no-store')
    expect(await response.json()).toMatchObject({
      token_type: 'Bearer',
      expires_in: 3600,
      scope: 'openid profile email',
      access_token: expect.any(String),
      id_token: expect.any(String),
    })
  })

  it('refuses an expired code', async () => {
    const { emulator, clock } = setup()
    const code = await codeFor(emulator)
    clock.now += 61_000
    const response = await redeem(emulator, { code })
    expect(response.status).toBe(400)
    expect(await response.json()).toMatchObject({ error: 'invalid_grant', error_description: expect.any(String) })
  })

  it('requires the redirect_uri sent on authorize', async () => {
    const { emulator } = setup()
    const code = await codeFor(emulator, { redirect_uri: 'http://localhost:5173/' })
    expect(await (await redeem(emulator, { code })).json()).toMatchObject({ error: 'invalid_grant' })
    const other = await codeFor(emulator, { redirect_uri: 'http://localhost:5173/' })
    expect((await redeem(emulator, { code: other, redirect_uri: 'http://localhost:5173/' })).status).toBe(200)
  })

  it('requires the verifier when a challenge was sent', async () => {
    const { emulator } = setup()
    const code = await codeFor(emulator)
    const response = await redeem(emulator, { code, code_verifier: '' })
    expect(await response.json()).toMatchObject({ error: 'invalid_grant' })
  })

  it('accepts plain PKCE where the app allows it, and a client_secret_basic header', async () => {
    const [app] = defaultConfig.applications
    const emulator = inBrowser(createEmulator({ ...defaultConfig, applications: [{ ...app!, pkce: 'OPTIONAL' }] }))
    const verifier = 'plain-verifier-plain-verifier-plain-verifier'
    const code = await codeFor(emulator, { code_challenge: verifier, code_challenge_method: 'plain' })
    const basic = `Basic ${btoa(`${clientId}:`)}`
    const response = await emulator.handle(
      new Request(`${base}/as/token`, {
        method: 'POST',
        headers: { Authorization: basic },
        body: new URLSearchParams({
          grant_type: 'authorization_code',
          code,
          code_verifier: verifier,
        }),
      }),
    )
    expect(response.status).toBe(200)
  })

  it('answers invalid_client for an unknown client and unsupported_grant_type', async () => {
    const { emulator } = setup()
    const unknown = await redeem(emulator, { code: 'x', client_id: 'nope' })
    expect(unknown.status).toBe(401)
    expect(await unknown.json()).toMatchObject({ error: 'invalid_client' })
    const grant = await redeem(emulator, { grant_type: 'password' })
    expect(await grant.json()).toMatchObject({ error: 'unsupported_grant_type' })
  })
})

describe('robustness', () => {
  it('turns an unexpected exception into 500 UNEXPECTED_ERROR', async () => {
    // createEmulator refuses such a URL, so it is broken after the start.
    const config = structuredClone(defaultConfig)
    const emulator = inBrowser(createEmulator(config))
    config.applications[0]!.loginPageUrl = 'not a url'
    const response = await emulator.handle(new Request(authorizeUrl()))
    expect(response.status).toBe(500)
    expect(await response.json()).toMatchObject({ code: 'UNEXPECTED_ERROR' })
  })

  it('never mutates its config and gives id-less users stable ids', async () => {
    const config = structuredClone({ ...defaultConfig, users: [{ username: 'nameless', password: 'pw' }] })
    const snapshot = structuredClone(config)
    const first = inBrowser(createEmulator(config))
    const second = inBrowser(createEmulator(config))
    const ids = []
    for (const emulator of [first, second]) {
      const flow = await startFlow(emulator)
      const done = await emulator.handle(
        new Request(flow._links.self!.href, {
          method: 'POST',
          headers: { 'Content-Type': 'application/vnd.pingidentity.usernamePassword.check+json' },
          body: JSON.stringify({ username: 'nameless', password: 'pw' }),
        }),
      )
      ids.push(((await done.json()) as Flow)._embedded?.user?.id)
    }
    expect(ids[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/)
    expect(ids[1]).toBe(ids[0])
    expect(config).toEqual(snapshot)
  })
})
