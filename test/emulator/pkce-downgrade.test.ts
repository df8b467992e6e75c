import { describe, expect, it } from 'vitest'
import type { Flow } from '../../src/flow/types'
import { defaultConfig, type EmulatorApplication, type EmulatorConfig } from '../../emulator'
import { authorizeUrl, base, clientId, errorOf, pkce, setup, signIn } from './helpers'

// Security review, issue 14 finding 6: RFC 9700 section 2.1.1. A token request with a
// code_verifier is accepted only if its authorize request sent a code_challenge, and an
// application that says nothing about PKCE requires S256.

const { pkce: _declared, ...undeclared } = defaultConfig.applications[0]!
const withApp = (app: EmulatorApplication): EmulatorConfig => ({ ...defaultConfig, applications: [app] })
const noChallenge = { code_challenge: '', code_challenge_method: '' }

async function codeFor(emulator: ReturnType<typeof setup>['emulator'], params: Record<string, string>) {
  const { flow } = await signIn(emulator, params)
  const resumed = await emulator.handle(new Request(flow.resumeUrl!))
  return ((await resumed.json()) as Flow).authorizeResponse!.code!
}

function redeem(emulator: ReturnType<typeof setup>['emulator'], form: Record<string, string>) {
  const body = new URLSearchParams({ grant_type: 'authorization_code', client_id: clientId, ...form })
  return emulator.handle(new Request(`${base}/as/token`, { method: 'POST', body }))
}

describe('PKCE downgrade', () => {
  it('refuses a code_verifier for a code whose authorize sent no code_challenge (pkce OPTIONAL)', async () => {
    const { emulator } = setup(withApp({ ...undeclared, pkce: 'OPTIONAL' }))
    const code = await codeFor(emulator, noChallenge)
    const response = await redeem(emulator, { code, code_verifier: pkce.verifier })
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({
      error: 'invalid_grant',
      error_description: expect.stringMatching(/code_verifier.*no code_challenge/),
    })
  })

  it('still redeems such a code without a verifier, and a challenged one with its verifier', async () => {
    const { emulator } = setup(withApp({ ...undeclared, pkce: 'OPTIONAL' }))
    expect((await redeem(emulator, { code: await codeFor(emulator, noChallenge) })).status).toBe(200)
    const challenged = await codeFor(emulator, {})
    expect((await redeem(emulator, { code: challenged, code_verifier: pkce.verifier })).status).toBe(200)
  })

  it('requires S256 of an application that does not set pkce', async () => {
    const { emulator } = setup(withApp(undeclared))
    const plain = await emulator.handle(new Request(authorizeUrl({ response_mode: 'pi.flow', ...noChallenge })))
    expect(plain.status).toBe(400)
    expect((await errorOf(plain)).details?.[0]).toMatchObject({ code: 'INVALID_VALUE', target: 'code_challenge' })
    const challenged = await codeFor(emulator, {})
    expect((await redeem(emulator, { code: challenged, code_verifier: pkce.verifier })).status).toBe(200)
  })
})
