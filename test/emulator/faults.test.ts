import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Flow } from '../../src/flow/types'
import { createEmulator, defaultConfig, type Emulator, type FaultRule } from '../../emulator'
import { serveEmulator, type EmulatorServer } from '../../emulator/node'
import { act, appOrigin, base, clientId, demo, errorOf, pkce, setup, signIn, startFlow, inBrowser } from './helpers'

const read = (emulator: Emulator, flow: Flow, headers: HeadersInit = {}) =>
  emulator.handle(new Request(flow._links.self!.href, { headers }))

function preflight(url: string, method = 'POST') {
  return new Request(url, {
    method: 'OPTIONS',
    headers: { Origin: appOrigin, 'Access-Control-Request-Method': method, 'Access-Control-Request-Headers': 'content-type' },
  })
}

/** Tracks whether a promise has settled, without waiting on a clock. */
function track<T>(promise: Promise<T>) {
  const state = { settled: false }
  void promise.then(() => (state.settled = true))
  return state
}

async function codeFor(emulator: Emulator) {
  const { flow, cookie } = await signIn(emulator)
  const resumed = await emulator.handle(new Request(flow.resumeUrl!, { headers: { Cookie: cookie } }))
  return ((await resumed.json()) as Flow).authorizeResponse!.code!
}

function redeem(emulator: Emulator, code: string) {
  const form = { grant_type: 'authorization_code', client_id: clientId, code_verifier: pkce.verifier, code }
  return emulator.handle(new Request(`${base}/as/token`, { method: 'POST', body: new URLSearchParams(form) }))
}

function postFaults(emulator: Emulator, body: unknown) {
  return emulator.handle(
    new Request(`${base}/_emulator/faults`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  )
}

afterEach(() => {
  vi.useRealTimers()
})

describe('error faults', () => {
  it('answers a status with a PingOne error body that the app can read, once', async () => {
    const { emulator } = setup()
    const flow = await startFlow(emulator)
    emulator.faults.add({ on: { endpoint: 'flow' }, fault: { kind: 'status', status: 503 } })
    const failed = await read(emulator, flow, { Origin: appOrigin })
    expect(failed.status).toBe(503)
    expect(failed.headers.get('Access-Control-Allow-Origin')).toBe(appOrigin)
    expect(await failed.json()).toEqual({ id: expect.any(String), code: 'SERVICE_UNAVAILABLE', message: expect.any(String) })
    expect((await read(emulator, flow)).status).toBe(200)
  })

  it('answers a load balancer HTML page for body: html', async () => {
    const { emulator } = setup()
    const flow = await startFlow(emulator)
    emulator.faults.add({ fault: { kind: 'status', status: 502, body: 'html' } })
    const failed = await read(emulator, flow)
    expect(failed.status).toBe(502)
    expect(failed.headers.get('Content-Type')).toMatch(/^text\/html/)
    expect(await failed.text()).toContain('<h1>502 Bad Gateway</h1>')
  })

  it('uses UNEXPECTED_ERROR for a 500', async () => {
    const { emulator } = setup()
    emulator.faults.add({ fault: { kind: 'status', status: 500 } })
    const flow = await emulator.handle(new Request(`${base}/flows/any`))
    expect(await errorOf(flow)).toMatchObject({ code: 'UNEXPECTED_ERROR' })
  })

  it('rate limits with Retry-After and REQUEST_LIMITED', async () => {
    const { emulator } = setup()
    const flow = await startFlow(emulator)
    emulator.faults.add({ fault: { kind: 'rateLimit', retryAfter: 7 } })
    const limited = await read(emulator, flow)
    expect(limited.status).toBe(429)
    expect(limited.headers.get('Retry-After')).toBe('7')
    expect(await errorOf(limited)).toMatchObject({ code: 'REQUEST_LIMITED' })
  })
})

describe('timing faults', () => {
  it('answers a delayed request once its delay has passed', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const { emulator } = setup()
    const flow = await startFlow(emulator)
    emulator.faults.add({ fault: { kind: 'delay', ms: 1000 } })
    const answer = read(emulator, flow)
    const state = track(answer)
    await vi.advanceTimersByTimeAsync(999)
    expect(state.settled).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    expect((await answer).status).toBe(200)
  })

  it('holds a hung request until the rule is removed, then answers it normally', async () => {
    const { emulator } = setup()
    const flow = await startFlow(emulator)
    const remove = emulator.faults.add({ fault: { kind: 'hang' } })
    const answer = read(emulator, flow)
    const state = track(answer)
    expect((await read(emulator, flow)).status).toBe(200)
    expect(state.settled).toBe(false)
    remove()
    expect((await answer).status).toBe(200)
  })

  it('releases hung requests on clear() and reset()', async () => {
    const { emulator } = setup()
    const flow = await startFlow(emulator)
    emulator.faults.add({ fault: { kind: 'hang' }, times: Infinity })
    const first = read(emulator, flow)
    emulator.faults.clear()
    expect((await first).status).toBe(200)
    emulator.faults.add({ fault: { kind: 'hang' } })
    const second = read(emulator, flow)
    emulator.reset()
    expect((await second).status).toBe(404)
  })

  it('drops a hung request when its client aborts', async () => {
    const { emulator } = setup()
    const flow = await startFlow(emulator)
    emulator.faults.add({ fault: { kind: 'hang' } })
    const abort = new AbortController()
    const answer = emulator.handle(new Request(flow._links.self!.href, { signal: abort.signal }))
    abort.abort()
    expect((await answer).status).toBe(499)
    expect(emulator.faults.list()).toEqual([])
  })

  it('gives up on a hang after 5 minutes with a gateway timeout', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const { emulator } = setup()
    const flow = await startFlow(emulator)
    emulator.faults.add({ fault: { kind: 'hang' } })
    const answer = read(emulator, flow)
    await vi.advanceTimersByTimeAsync(5 * 60 * 1000)
    const response = await answer
    expect(response.status).toBe(504)
    expect(await response.text()).toContain('504 Gateway Timeout')
  })
})

describe('body faults', () => {
  it('cuts the JSON off half-way with status 200', async () => {
    const { emulator } = setup()
    const flow = await startFlow(emulator)
    const whole = await (await read(emulator, flow)).text()
    emulator.faults.add({ on: { endpoint: 'flow', method: 'GET' }, fault: { kind: 'malformedJson' } })
    const broken = await read(emulator, flow)
    expect(broken.status).toBe(200)
    expect(broken.headers.get('Content-Type')).toMatch(/json/)
    const text = await broken.text()
    expect(text.length).toBeGreaterThan(0)
    expect(whole.startsWith(text) && text.length < whole.length).toBe(true)
    expect(() => JSON.parse(text)).toThrow()
  })

  it('sets and removes top-level fields of the flow answered', async () => {
    const { emulator } = setup()
    const flow = await startFlow(emulator)
    emulator.faults.add({ fault: { kind: 'mutateFlow', set: { status: 'SOMETHING_NEW' }, remove: ['_links'] } })
    const body = (await (await read(emulator, flow)).json()) as Record<string, unknown>
    expect(body).toMatchObject({ id: flow.id, status: 'SOMETHING_NEW' })
    expect(body).not.toHaveProperty('_links')
  })

  it('keeps the cookies of a mutated answer', async () => {
    const { emulator } = setup()
    const flow = await startFlow(emulator)
    emulator.faults.add({ on: { action: 'usernamePassword.check' }, fault: { kind: 'mutateFlow', set: { extra: 1 } } })
    const checked = await act(emulator, flow, 'usernamePassword.check', demo)
    expect(await checked.json()).toMatchObject({ status: 'COMPLETED', extra: 1 })
    expect(checked.headers.getSetCookie()).toEqual([expect.stringMatching(/^ST=/), expect.stringMatching(/^ST-NO-SS=/)])
  })
})

describe('corsRefused', () => {
  it('answers without CORS headers and without handling the request', async () => {
    const { emulator } = setup()
    const flow = await startFlow(emulator)
    emulator.faults.add({ on: { action: 'usernamePassword.check' }, fault: { kind: 'corsRefused' } })
    const refused = await act(emulator, flow, 'usernamePassword.check', demo, { Origin: appOrigin })
    expect(refused.headers.get('Access-Control-Allow-Origin')).toBeNull()
    expect(refused.headers.get('X-Emulator-Cors-Refused')).toBe('1')
    expect(((await (await read(emulator, flow)).json()) as Flow).status).toBe('USERNAME_PASSWORD_REQUIRED')
  })

  it('refuses the preflight too, which then uses the rule up', async () => {
    const { emulator } = setup()
    const flow = await startFlow(emulator)
    emulator.faults.add({ on: { endpoint: 'flow', method: 'POST' }, fault: { kind: 'corsRefused' } })
    const refused = await emulator.handle(preflight(flow._links.self!.href))
    expect(refused.headers.get('Access-Control-Allow-Origin')).toBeNull()
    expect(refused.headers.get('Access-Control-Allow-Methods')).toBeNull()
    const allowed = await emulator.handle(preflight(flow._links.self!.href))
    expect(allowed.headers.get('Access-Control-Allow-Origin')).toBe(appOrigin)
  })

  it('leaves preflights alone for an action rule, which the POST then meets', async () => {
    const { emulator } = setup()
    const flow = await startFlow(emulator)
    emulator.faults.add({ on: { action: 'usernamePassword.check' }, fault: { kind: 'corsRefused' } })
    const allowed = await emulator.handle(preflight(flow._links.self!.href))
    expect(allowed.headers.get('Access-Control-Allow-Origin')).toBe(appOrigin)
    expect(emulator.faults.list()).toHaveLength(1)
  })
})

describe('state faults', () => {
  it('handles a request without its cookies for dropSession', async () => {
    const { emulator } = setup()
    const { flow, cookie } = await signIn(emulator)
    emulator.faults.add({ on: { endpoint: 'resume' }, fault: { kind: 'dropSession' } })
    const resumed = await emulator.handle(new Request(flow.resumeUrl!, { headers: { Cookie: cookie } }))
    expect(resumed.status).toBe(401)
    expect(await errorOf(resumed)).toMatchObject({ code: 'ACCESS_FAILED' })
  })

  it('expires the flow before the request, as idling would', async () => {
    const { emulator } = setup()
    const flow = await startFlow(emulator)
    emulator.faults.add({ fault: { kind: 'expireFlow' } })
    const expired = await read(emulator, flow)
    expect(expired.status).toBe(404)
    expect(await errorOf(expired)).toMatchObject({ code: 'NOT_FOUND' })
    expect((await read(emulator, flow)).status).toBe(404)
  })

  it.each(['replayCode', 'expireCode'] as const)('answers invalid_grant for %s', async (kind) => {
    const { emulator } = setup()
    const code = await codeFor(emulator)
    emulator.faults.add({ on: { endpoint: 'token' }, fault: { kind } })
    const redeemed = await redeem(emulator, code)
    expect(redeemed.status).toBe(400)
    expect(await redeemed.json()).toMatchObject({ error: 'invalid_grant' })
  })
})

describe('matching', () => {
  it('matches endpoint, method and action, and counts times down', async () => {
    const { emulator } = setup()
    const flow = await startFlow(emulator)
    const rule: FaultRule = {
      on: { endpoint: 'flow', method: 'POST', action: 'usernamePassword.check' },
      fault: { kind: 'status', status: 503 },
      times: 2,
    }
    emulator.faults.add(rule)
    expect((await read(emulator, flow)).status).toBe(200)
    expect((await act(emulator, flow, 'usernamePassword.check', demo)).status).toBe(503)
    expect(emulator.faults.list()).toEqual([{ ...rule, times: 1 }])
    expect((await act(emulator, flow, 'usernamePassword.check', demo)).status).toBe(503)
    expect(emulator.faults.list()).toEqual([])
    expect((await act(emulator, flow, 'usernamePassword.check', demo)).status).toBe(200)
  })

  it('applies the first matching rule; Infinity never runs out', async () => {
    const { emulator } = setup()
    const flow = await startFlow(emulator)
    emulator.faults.add({ on: { endpoint: 'authorize' }, fault: { kind: 'status', status: 500 } })
    emulator.faults.add({ fault: { kind: 'status', status: 502 }, times: Infinity })
    emulator.faults.add({ fault: { kind: 'status', status: 504 } })
    for (let i = 0; i < 3; i++) expect((await read(emulator, flow)).status).toBe(502)
    expect(emulator.faults.list().map((rule) => rule.times)).toEqual([1, Infinity, 1])
  })

  it('never faults the emulator pages, discovery or preflights of other faults', async () => {
    const { emulator } = setup()
    const flow = await startFlow(emulator)
    emulator.faults.add({ fault: { kind: 'status', status: 503 } })
    const outbox = await emulator.handle(new Request(`${base}/_emulator/outbox`, { headers: { Accept: 'application/json' } }))
    expect(outbox.status).toBe(200)
    expect((await emulator.handle(new Request(`${base}/as/jwks`))).status).toBe(200)
    expect((await emulator.handle(preflight(flow._links.self!.href))).status).toBe(204)
    expect(emulator.faults.list()).toHaveLength(1)
  })

  it('refuses an invalid rule', () => {
    const { emulator } = setup()
    expect(() => emulator.faults.add({ fault: { kind: 'status', status: 200 } })).toThrow(/fault.status must be/)
    expect(() => emulator.faults.add({ fault: { kind: 'hang' }, times: 0 })).toThrow(/times must be/)
  })
})

describe('scenario faults', () => {
  const scenario: FaultRule[] = [{ on: { endpoint: 'flow' }, fault: { kind: 'status', status: 503 } }]

  it('are in force from the start and again, in full, after reset()', async () => {
    const emulator = inBrowser(createEmulator({ ...defaultConfig, faults: scenario }))
    const flow = await startFlow(emulator)
    expect((await read(emulator, flow)).status).toBe(503)
    expect((await read(emulator, flow)).status).toBe(200)
    emulator.reset()
    expect(emulator.faults.list()).toEqual([{ ...scenario[0], times: 1 }])
    const again = await startFlow(emulator)
    expect((await read(emulator, again)).status).toBe(503)
  })

  it('come after run-time rules, which reset() forgets; clear() removes both until reset()', async () => {
    const emulator = inBrowser(createEmulator({ ...defaultConfig, faults: scenario }))
    emulator.faults.add({ fault: { kind: 'rateLimit', retryAfter: 1 } })
    expect(emulator.faults.list().map((rule) => rule.fault.kind)).toEqual(['rateLimit', 'status'])
    emulator.reset()
    expect(emulator.faults.list().map((rule) => rule.fault.kind)).toEqual(['status'])
    emulator.faults.clear()
    expect(emulator.faults.list()).toEqual([])
    const flow = await startFlow(emulator)
    expect((await read(emulator, flow)).status).toBe(200)
  })

  it('must be valid', () => {
    expect(() => createEmulator({ ...defaultConfig, faults: [{ fault: { kind: 'delay', ms: -1 } }] })).toThrow(
      /fault.ms must be/,
    )
  })
})

describe('_emulator/faults', () => {
  it('replaces the run-time rules and lists them, with -1 for always', async () => {
    const { emulator } = setup()
    emulator.faults.add({ fault: { kind: 'hang' } })
    const rules = [{ on: { endpoint: 'token' }, fault: { kind: 'replayCode' }, times: -1 }]
    const replaced = await postFaults(emulator, { rules })
    expect(replaced.status).toBe(200)
    expect(await replaced.json()).toEqual({ rules })
    expect(emulator.faults.list()).toEqual([{ ...rules[0], times: Infinity }])
    const listed = await emulator.handle(new Request(`${base}/_emulator/faults`))
    expect(await listed.json()).toEqual({ rules })
    expect(await (await postFaults(emulator, { rules: [] })).json()).toEqual({ rules: [] })
  })

  it('answers 400 naming the bad part of a rule', async () => {
    const { emulator } = setup()
    const bad = await postFaults(emulator, { rules: [{ fault: { kind: 'hang' } }, { fault: { kind: 'explode' } }] })
    expect(bad.status).toBe(400)
    const body = await errorOf(bad)
    expect(body.message).toMatch(/^rules\[1\]\.fault\.kind must be one of status, rateLimit/)
    expect(body.details).toEqual([{ code: 'INVALID_VALUE', target: 'rules[1].fault.kind', message: body.message }])
    expect(emulator.faults.list()).toEqual([])
    expect((await postFaults(emulator, 'not json')).status).toBe(400)
    expect(await errorOf(await postFaults(emulator, { rule: [] }))).toMatchObject({ details: [{ target: 'rules' }] })
    const endpoint = await postFaults(emulator, { rules: [{ on: { endpoint: 'jwks' }, fault: { kind: 'hang' } }] })
    expect((await errorOf(endpoint)).message).toBe('rules[0].on.endpoint must be one of authorize, flow, resume, token.')
  })
})

describe('over HTTP', () => {
  let server: EmulatorServer | undefined
  afterEach(async () => {
    await server?.close()
    server = undefined
  })

  /** Serves the emulator on a free port, keeping every answer the handler gives. */
  async function serve(emulator: Emulator) {
    const answers: Promise<Response>[] = []
    server = await serveEmulator(
      {
        ...emulator,
        handle: (request) => {
          const answer = emulator.handle(request)
          answers.push(answer)
          return answer
        },
      },
      { port: 0 },
    )
    return { url: `${server.url}/${defaultConfig.environmentId}`, answers }
  }

  async function startOver(url: string) {
    const authorize = new URL(`${url}/as/authorize`)
    const params = {
      client_id: clientId,
      response_type: 'code',
      scope: 'openid',
      response_mode: 'pi.flow',
      code_challenge: pkce.challenge,
      code_challenge_method: 'S256',
    }
    for (const [name, value] of Object.entries(params)) authorize.searchParams.set(name, value)
    return (await (await fetch(authorize)).json()) as Flow
  }

  it('releases a hung request when the client aborts', async () => {
    const { emulator } = setup()
    const { url, answers } = await serve(emulator)
    const flow = await startOver(url)
    emulator.faults.add({ fault: { kind: 'hang' } })
    const abort = new AbortController()
    const hung = fetch(flow._links.self!.href, { signal: abort.signal })
    await vi.waitUntil(() => answers.length === 2)
    abort.abort()
    await expect(hung).rejects.toThrow()
    expect((await answers[1]!).status).toBe(499)
  })

  it('answers a hung request once its rule is cleared', async () => {
    const { emulator } = setup()
    const { url, answers } = await serve(emulator)
    const flow = await startOver(url)
    emulator.faults.add({ fault: { kind: 'hang' } })
    const hung = fetch(flow._links.self!.href)
    await vi.waitUntil(() => answers.length === 2)
    emulator.faults.clear()
    expect((await hung).status).toBe(200)
  })

  it('sends no CORS headers, and no private header, for corsRefused; the preflight too', async () => {
    const { emulator } = setup()
    const { url } = await serve(emulator)
    const flow = await startOver(url)
    emulator.faults.add({ on: { endpoint: 'flow' }, fault: { kind: 'corsRefused' }, times: 2 })
    const options = await fetch(flow._links.self!.href, {
      method: 'OPTIONS',
      headers: { Origin: appOrigin, 'Access-Control-Request-Method': 'POST' },
    })
    expect(options.headers.get('Access-Control-Allow-Origin')).toBeNull()
    const refused = await fetch(flow._links.self!.href, { headers: { Origin: appOrigin } })
    expect(refused.headers.get('Access-Control-Allow-Origin')).toBeNull()
    expect(refused.headers.get('X-Emulator-Cors-Refused')).toBeNull()
    const allowed = await fetch(flow._links.self!.href, { headers: { Origin: appOrigin } })
    expect(allowed.headers.get('Access-Control-Allow-Origin')).toBe(appOrigin)
  })

  it('takes rules at _emulator/faults', async () => {
    const { emulator } = setup()
    const { url } = await serve(emulator)
    const flow = await startOver(url)
    const rules = [{ on: { endpoint: 'flow', method: 'GET' }, fault: { kind: 'status', status: 503, body: 'html' } }]
    const posted = await fetch(`${url}/_emulator/faults`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ rules }),
    })
    expect(await posted.json()).toEqual({ rules: [{ ...rules[0], times: 1 }] })
    expect(await (await fetch(`${url}/_emulator/faults`)).json()).toEqual({ rules: [{ ...rules[0], times: 1 }] })
    const failed = await fetch(flow._links.self!.href)
    expect(failed.status).toBe(503)
    expect(await failed.text()).toContain('503 Service Unavailable')
  })
})
