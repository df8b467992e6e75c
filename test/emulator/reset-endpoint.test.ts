import { afterEach, describe, expect, it } from 'vitest'
import { createEmulator, type Emulator } from '../../emulator'
import { serveEmulator, type EmulatorServer } from '../../emulator/node'
import { act, envId, inBrowser, startFlow } from './helpers'

// `POST {env}/_emulator/reset` over real HTTP: an emulator in another process (pingone-emulator)
// is reset between tests as `emulator.reset()` resets one in the same process.

let server: EmulatorServer | undefined
afterEach(async () => {
  await server?.close()
  server = undefined
})

async function serve() {
  // The refused origins below would be logged (cors-refusals.test.ts shows how).
  const emulator = createEmulator(undefined, { onWarning: () => {} })
  server = await serveEmulator(emulator, { port: 0, host: '127.0.0.1' })
  return { emulator, env: `${server.url}/${envId}` }
}

/** Signs `mfa-sms` on, which texts a code to the outbox. */
async function sendCode(emulator: Emulator) {
  const browser = inBrowser(emulator)
  const flow = await startFlow(browser, { prompt: 'login' })
  expect((await act(browser, flow, 'usernamePassword.check', { username: 'mfa-sms', password: 'Demo-Passw0rd!' })).status).toBe(200)
}

async function outbox(env: string) {
  const response = await fetch(`${env}/_emulator/outbox`, { headers: { Accept: 'application/json' } })
  expect(response.headers.get('Content-Type')).toMatch(/^application\/json/)
  return ((await response.json()) as { messages: { username: string; channel: string; to: string; purpose: string; code: string; sentAt: string; id: string }[] }).messages
}

const reset = (env: string, headers: Record<string, string> = {}, body = '{}') =>
  fetch(`${env}/_emulator/reset`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body })

describe('POST _emulator/reset', () => {
  it('forgets the outbox, flows and faults, answering 204', async () => {
    const { emulator, env } = await serve()
    await sendCode(emulator)
    emulator.faults.add({ fault: { kind: 'status', status: 503 }, times: -1 })
    expect(await outbox(env)).toEqual([
      expect.objectContaining({ username: 'mfa-sms', channel: 'SMS', purpose: 'otp', code: expect.stringMatching(/^\d{6}$/) }),
    ])
    const response = await reset(env)
    expect(response.status).toBe(204)
    expect(await outbox(env)).toEqual([])
    expect(emulator.faults.list()).toEqual([])
  })

  it('refuses a cross-site form or text/plain POST, which a page may send without asking', async () => {
    const { emulator, env } = await serve()
    await sendCode(emulator)
    const crossSite = await reset(env, { Origin: 'https://evil.example', 'Content-Type': 'text/plain' })
    expect(crossSite.status).toBe(403)
    const textPlain = await reset(env, { 'Content-Type': 'text/plain' })
    expect(textPlain.status).toBe(415)
    const foreignJson = await reset(env, { Origin: 'https://evil.example' })
    expect(foreignJson.status).toBe(403)
    expect(await outbox(env)).toHaveLength(1)
  })

  it("takes JSON from an application's origin, with CORS", async () => {
    const { emulator, env } = await serve()
    await sendCode(emulator)
    const response = await reset(env, { Origin: 'http://localhost:5173' })
    expect(response.status).toBe(204)
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('http://localhost:5173')
    expect(await outbox(env)).toEqual([])
  })
})
