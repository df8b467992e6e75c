import { request as httpRequest } from 'node:http'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Flow } from '../../src/flow/types'
import { createEmulator, defaultConfig, type Emulator, type EmulatorConfig } from '../../emulator'
import { serveEmulator, type EmulatorServer, type ServeOptions } from '../../emulator/node'
import { act, appOrigin, demo, envId, inBrowser, startFlow } from './helpers'

// Security review, issue 14 finding 5: the emulator runs on a developer's laptop, where any web page
// the developer opens can send it requests. Everything here goes over real HTTP.

const evil = 'https://evil.example'
const faultRules = [{ on: { endpoint: 'token' }, fault: { kind: 'status', status: 503 } }]

let servers: EmulatorServer[] = []
afterEach(async () => {
  await Promise.all(servers.map((server) => server.close()))
  servers = []
})

async function serve(options: ServeOptions = {}, config: EmulatorConfig = defaultConfig) {
  const emulator = createEmulator(config)
  const server = await serveEmulator(emulator, { port: 0, ...options })
  servers.push(server)
  return { emulator, server, env: `${server.url}/${envId}` }
}

/** A POST as a page (or a script) sends it: JSON unless told otherwise. */
function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' || body instanceof URLSearchParams ? body : JSON.stringify(body),
  })
}

/** A request with any `Host`: undici's fetch will not send one of ours. */
function raw(url: string, options: { host?: string; method?: string; body?: string } = {}) {
  const { host, method = 'GET', body } = options
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const headers: Record<string, string> = { Accept: 'application/json' }
    if (host) headers.Host = host
    if (body !== undefined) headers['Content-Type'] = 'application/json'
    const req = httpRequest(url, { method, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }))
    })
    req.on('error', reject)
    req.end(body)
  })
}

/** A sign-on by `username` (in-process: the state is the same) up to its MFA step. */
async function signOnTo(emulator: Emulator, username: string): Promise<Flow> {
  const browser = inBrowser(emulator)
  const response = await act(browser, await startFlow(browser), 'usernamePassword.check', { ...demo, username })
  return (await response.json()) as Flow
}

describe('_emulator/faults writes', () => {
  it('refuses a cross-site text/plain POST (no preflight in a browser), and the faults stay as they were', async () => {
    const { emulator, env } = await serve()
    const response = await post(`${env}/_emulator/faults`, JSON.stringify({ rules: faultRules }), {
      'Content-Type': 'text/plain',
      Origin: evil,
    })
    expect(response.status).toBe(403)
    expect(await response.json()).toMatchObject({ code: 'ACCESS_FAILED', message: expect.stringContaining(evil) })
    expect(response.headers.get('Access-Control-Allow-Origin')).toBeNull()
    expect(emulator.faults.list()).toEqual([])
    expect(await (await fetch(`${env}/_emulator/faults`)).json()).toEqual({ rules: [] })
  })

  it('refuses JSON from a foreign Origin, and from Origin: null', async () => {
    const { emulator, env } = await serve()
    for (const origin of [evil, 'null', 'http://localhost:4010']) {
      const response = await post(`${env}/_emulator/faults`, { rules: faultRules }, { Origin: origin })
      expect(response.status, origin).toBe(403)
    }
    expect(emulator.faults.list()).toEqual([])
  })

  it('refuses any other body than JSON, even without an Origin: 415', async () => {
    const { emulator, env } = await serve()
    const bodies = [
      [JSON.stringify({ rules: faultRules }), 'text/plain;charset=UTF-8'],
      [new URLSearchParams({ rules: '[]' }), 'application/x-www-form-urlencoded'],
      [JSON.stringify({ rules: faultRules }), 'application/jsonp'],
    ] as const
    for (const [body, type] of bodies) {
      const response = await post(`${env}/_emulator/faults`, body, { 'Content-Type': type })
      expect(response.status, type).toBe(415)
      expect(await response.json()).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE', message: expect.stringContaining('application/json') })
    }
    expect(emulator.faults.list()).toEqual([])
  })

  it('takes JSON without an Origin (tests, curl), from its own origin, and from an application’s CORS origin', async () => {
    const { emulator, server, env } = await serve()
    const legitimate: Record<string, string>[] = [
      {},
      { Origin: server.url },
      { Origin: appOrigin },
      { 'Content-Type': 'application/json; charset=utf-8' },
    ]
    for (const headers of legitimate) {
      emulator.faults.clear()
      const response = await post(`${env}/_emulator/faults`, { rules: faultRules }, headers)
      expect(response.status, JSON.stringify(headers)).toBe(200)
      expect(emulator.faults.list()).toHaveLength(1)
    }
    const fromApp = await post(`${env}/_emulator/faults`, { rules: [] }, { Origin: appOrigin })
    expect(fromApp.headers.get('Access-Control-Allow-Origin')).toBe(appOrigin)
  })
})

describe('_emulator/push answers', () => {
  it('refuses a cross-site form POST and foreign-Origin JSON; the push still waits', async () => {
    const { emulator, env } = await serve()
    const flow = await signOnTo(emulator, 'mfa-push')
    const answer = { flowId: flow.id, decision: 'approve' }
    const form = await post(`${env}/_emulator/push`, new URLSearchParams(answer), {
      'Content-Type': 'application/x-www-form-urlencoded',
      Origin: evil,
    })
    expect(form.status).toBe(403)
    const formWithoutOrigin = await post(`${env}/_emulator/push`, new URLSearchParams(answer), {
      'Content-Type': 'application/x-www-form-urlencoded',
    })
    expect(formWithoutOrigin.status).toBe(415)
    for (const origin of [evil, appOrigin]) {
      const json = await post(`${env}/_emulator/push`, answer, { Origin: origin })
      expect(json.status, origin).toBe(403)
      expect(await json.json()).toMatchObject({ code: 'ACCESS_FAILED' })
    }
    expect(emulator.pushes()).toEqual([expect.objectContaining({ flowId: flow.id })])
  })

  it('approves from its own page: JSON, same-origin', async () => {
    const { emulator, server, env } = await serve()
    const flow = await signOnTo(emulator, 'mfa-push')
    const response = await fetch(`${env}/_emulator/push`)
    // No other page may frame it and trick a click on Approve.
    expect(response.headers.get('Content-Security-Policy')).toContain("frame-ancestors 'none'")
    expect(await response.text()).toContain(`<button type="button" data-flow-id="${flow.id}" data-decision="approve">Approve</button>`)
    const approved = await post(`${env}/_emulator/push`, { flowId: flow.id, decision: 'approve' }, { Origin: server.url })
    expect(approved.status).toBe(200)
    expect(await approved.json()).toEqual({ answered: true })
    expect(emulator.pushes()).toEqual([])
  })
})

describe('the Host header (DNS rebinding)', () => {
  it('refuses a foreign Host without reading the outbox, naming the host and allowedHosts', async () => {
    const { emulator, env } = await serve()
    await signOnTo(emulator, 'mfa-sms')
    const [sent] = emulator.outbox()
    expect(sent?.code).toBeTruthy()
    const refused = await raw(`${env}/_emulator/outbox`, { host: 'attacker.example:4010' })
    expect(refused.status).toBe(403)
    expect(JSON.parse(refused.body)).toMatchObject({
      code: 'ACCESS_FAILED',
      message: expect.stringMatching(/"attacker\.example".*allowedHosts/),
    })
    expect(refused.body).not.toContain(sent!.code)
    const served = await raw(`${env}/_emulator/outbox`)
    expect(served.status).toBe(200)
    expect(served.body).toContain(sent!.code)
  })

  it('changes nothing for a foreign Host: no fault set, no flow started', async () => {
    const { emulator, env } = await serve()
    const faults = await raw(`${env}/_emulator/faults`, {
      host: 'rebound.attacker.example',
      method: 'POST',
      body: JSON.stringify({ rules: faultRules }),
    })
    expect(faults.status).toBe(403)
    expect(emulator.faults.list()).toEqual([])
    const authorize = await raw(`${env}/as/authorize?client_id=${defaultConfig.applications[0]!.clientId}`, { host: 'attacker.example' })
    expect(authorize.status).toBe(403)
  })

  it('serves loopback names, custom domains and allowedHosts (any case, any port)', async () => {
    const config = { ...defaultConfig, customDomains: ['https://auth.example.test'] }
    const { server } = await serve({ host: '127.0.0.1', allowedHosts: ['Auth.PingOne.test'] }, config)
    const jwks = `${server.url}/${envId}/as/jwks`
    const hosts = ['localhost', 'LOCALHOST:4010', 'app.localhost', '127.0.0.1', '127.1.2.3:80', '[::1]:4010', 'auth.pingone.test:8443', 'AUTH.EXAMPLE.TEST']
    for (const host of hosts) expect((await raw(jwks, { host })).status, host).toBe(200)
    for (const host of ['auth.pingone.test.attacker.example', 'localhost.attacker.example', '127.0.0.1.nip.io', 'example.test']) {
      expect((await raw(jwks, { host })).status, host).toBe(403)
    }
  })
})

describe('a warning when reachable from the network', () => {
  it('warns once when bound to a wildcard address, and still serves loopback', async () => {
    const onWarning = vi.fn()
    const { server } = await serve({ host: '0.0.0.0', onWarning })
    expect(onWarning).toHaveBeenCalledTimes(1)
    const [message] = onWarning.mock.calls[0] as [string]
    expect(message).toMatch(/0\.0\.0\.0/)
    expect(message).toMatch(/test double/)
    expect(message).toMatch(/no real security/)
    expect(message).toMatch(/reachable from the network/)
    const jwks = `http://127.0.0.1:${new URL(server.url).port}/${envId}/as/jwks`
    expect((await fetch(jwks)).status).toBe(200)
    // Other machines reach it only by a name in allowedHosts: the wildcard itself is none.
    expect((await raw(jwks, { host: '0.0.0.0' })).status).toBe(403)
  })

  it('warns on console.warn by default', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    await serve({ host: '0.0.0.0' })
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/reachable from the network/))
  })

  it('says nothing on loopback', async () => {
    const onWarning = vi.fn()
    await serve({ host: 'localhost', onWarning })
    await serve({ host: '127.0.0.1', onWarning })
    await serve({ onWarning })
    expect(onWarning).not.toHaveBeenCalled()
  })
})
