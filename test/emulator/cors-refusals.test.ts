import { describe, expect, it } from 'vitest'
import { createEmulator, defaultConfig, type EmulatorConfig } from '../../emulator'
import { appOrigin, authorizeUrl, base, clientId, inBrowser, startFlow } from './helpers'

// "Mistakes named" (issue 15): a browser only says that CORS headers were missing; the emulator says
// which origin it refused, on which application, and how to allow it.

const app = defaultConfig.applications[0]!
const other = { ...app, clientId: 'a0b1c2d3-0000-4000-8000-000000000002', name: 'Other App', corsOrigins: ['https://other.test'] }
const twoApps: EmulatorConfig = { ...defaultConfig, applications: [app, other] }

function setup(config: EmulatorConfig = defaultConfig) {
  const warnings: string[] = []
  const emulator = inBrowser(createEmulator(config, { onWarning: (message) => warnings.push(message) }))
  return { emulator, warnings }
}

const from = (origin: string, init: RequestInit = {}) => ({ ...init, headers: { Origin: origin, ...init.headers } })

describe('a refused CORS origin', () => {
  it('is logged once per application and origin, naming the application and the fix', async () => {
    const { emulator, warnings } = setup()
    const flow = await startFlow(emulator)
    const wrong = 'http://localhost:5174'
    await emulator.handle(new Request(flow._links.self!.href, from(wrong, { method: 'OPTIONS' })))
    await emulator.handle(new Request(flow._links.self!.href, from(wrong)))
    await emulator.handle(new Request(authorizeUrl({ response_mode: 'pi.flow' }), from(wrong)))
    expect(warnings).toEqual([
      `PingOne emulator: refused CORS for origin ${wrong} on application "Demo App" (${clientId}). ` +
        `Add it to that application's corsOrigins, or run pingone-emulator with --app-origin ${wrong}.`,
    ])
    await emulator.handle(new Request(flow._links.self!.href, from('https://evil.example')))
    expect(warnings).toHaveLength(2)
    expect(warnings[1]).toContain('origin https://evil.example on application "Demo App"')
  })

  it('names every application on an endpoint of the whole environment, then each one on its own', async () => {
    const { emulator, warnings } = setup(twoApps)
    await emulator.handle(new Request(`${base}/as/.well-known/openid-configuration`, from('https://third.test')))
    expect(warnings[0]).toContain(`on every application ("Demo App" (${clientId}), "Other App" (${other.clientId}))`)
    await emulator.handle(new Request(authorizeUrl({ client_id: other.clientId, response_mode: 'pi.flow' }), from('https://third.test')))
    expect(warnings).toHaveLength(1)
    await emulator.handle(new Request(authorizeUrl({ response_mode: 'pi.flow' }), from('https://other.test')))
    expect(warnings[1]).toContain('origin https://other.test on application "Demo App"')
  })

  it('is not logged for an allowed origin, no Origin, the emulator itself, a navigation or a corsRefused fault', async () => {
    const { emulator, warnings } = setup()
    const flow = await startFlow(emulator)
    await emulator.handle(new Request(flow._links.self!.href, from(appOrigin)))
    await emulator.handle(new Request(flow._links.self!.href))
    await emulator.handle(new Request(`${base}/_emulator/outbox`, from(new URL(base).origin)))
    await emulator.handle(new Request(authorizeUrl(), from('https://elsewhere.test', { method: 'POST', headers: { 'Sec-Fetch-Mode': 'navigate' } })))
    emulator.faults.add({ on: { endpoint: 'flow' }, fault: { kind: 'corsRefused' } })
    await emulator.handle(new Request(flow._links.self!.href, from('https://elsewhere.test')))
    expect(warnings).toEqual([])
  })
})
