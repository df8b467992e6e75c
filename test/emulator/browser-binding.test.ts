import { request as httpsRequest } from 'node:https'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createEmulator, defaultConfig } from '../../emulator'
import { serveEmulator, type EmulatorServer } from '../../emulator/node'
import type { Flow } from '../../src/flow/types'
import refusal from '../fixtures/error-401-ACCESS_FAILED-INVALID_TOKEN__3P-oauthPlayground.json'
import { tlsCertificate } from '../support/tlsCertificate'
import { act, authorizeUrl, base, demo, envId, errorOf, setup, startFlow } from './helpers'

// PingOne binds a flow to the browser that started it (real-clients.md D1): authorize sets ST and
// ST-NO-SS, and every read, action and resume of the flow must carry them.

/** The value of a cookie among a response's Set-Cookie lines, and its line. */
function setCookie(response: Response, name: string) {
  const line = response.headers.getSetCookie().find((l) => l.startsWith(`${name}=`))
  return { line, value: line?.slice(name.length + 1).split(';')[0] }
}

const omit = { credentials: 'omit' } as const

describe('the flow cookies', () => {
  it('authorize sets ST and ST-NO-SS: one random value, HttpOnly, Secure and SameSite=None over https, under /{envId}', async () => {
    const { emulator } = setup()
    const response = await emulator.handle(new Request(authorizeUrl({ response_mode: 'pi.flow' })))
    const st = setCookie(response, 'ST')
    const noSameSite = setCookie(response, 'ST-NO-SS')
    expect(st.value).toMatch(/^[0-9a-f-]{36}$/)
    expect(noSameSite.value).toBe(st.value)
    expect(st.line).toBe(`ST=${st.value}; Path=/${envId}; Max-Age=2592000; HttpOnly; Secure; SameSite=None`)
    expect(noSameSite.line).toBe(`ST-NO-SS=${st.value}; Path=/${envId}; Max-Age=2592000; HttpOnly; Secure`)
    expect(await response.text()).not.toContain(st.value)
  })

  it('redirect-mode authorize and the device page bind their flows too', async () => {
    const { emulator } = setup()
    const redirect = await emulator.handle(new Request(authorizeUrl({ redirect_uri: 'http://localhost:5173/' }), omit))
    expect(redirect.status).toBe(302)
    expect(setCookie(redirect, 'ST').value).toBeDefined()
    const flowId = new URL(redirect.headers.get('Location')!).searchParams.get('flowId')
    expect((await emulator.handle(new Request(`${base}/flows/${flowId}`, omit))).status).toBe(401)
  })

  it('renews the same cookies on every answer, and the value stays out of every body and token', async () => {
    const { emulator } = setup()
    const started = await emulator.handle(new Request(authorizeUrl({ response_mode: 'pi.flow', nonce: 'n' })))
    const { value } = setCookie(started, 'ST')
    const flow = (await started.json()) as Flow
    const read = await emulator.handle(new Request(flow._links.self!.href))
    expect(setCookie(read, 'ST').value).toBe(value)
    const completed = await act(emulator, flow, 'usernamePassword.check', demo)
    expect(setCookie(completed, 'ST').value).toBe(value)
    const done = (await completed.json()) as Flow
    expect(done.session?.id).not.toBe(value)
    const resumed = await emulator.handle(new Request(done.resumeUrl!))
    expect(setCookie(resumed, 'ST').value).toBe(value)
    const text = await resumed.text()
    expect(text).not.toContain(value)
    const code = (JSON.parse(text) as Flow).authorizeResponse!.code!
    const tokens = await emulator.handle(
      new Request(`${base}/as/token`, {
        method: 'POST',
        body: new URLSearchParams({
          grant_type: 'authorization_code',
          client_id: defaultConfig.applications[0]!.clientId,
          code,
          code_verifier: 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk',
        }),
      }),
    )
    const body = (await tokens.json()) as Record<string, string>
    expect(body.id_token).toBeDefined()
    const strings = Object.values(body).filter((token) => typeof token === 'string')
    const claims = strings.flatMap((token) => token.split('.').map((part) => Buffer.from(part, 'base64url').toString()))
    expect([...strings, ...claims].join(' ')).not.toContain(value)
  })

  it('refuses a read, an action or a resume without the flow\'s cookie, or with another flow\'s: 401 as PingOne answers, the flow untouched', async () => {
    const { emulator } = setup()
    const flow = await startFlow(emulator)
    const otherBrowser = await emulator.handle(new Request(authorizeUrl({ response_mode: 'pi.flow' }), omit))
    const other = setCookie(otherBrowser, 'ST').value!
    const signOn: RequestInit = {
      method: 'POST',
      headers: { 'Content-Type': 'application/vnd.pingidentity.usernamePassword.check+json' },
      body: JSON.stringify(demo),
    }
    const calls = [
      (init: RequestInit) => new Request(flow._links.self!.href, init),
      (init: RequestInit) => new Request(flow._links['usernamePassword.check']!.href, { ...signOn, ...init, headers: { ...signOn.headers, ...init.headers } }),
      (init: RequestInit) => new Request(flow.resumeUrl!, init),
    ]
    for (const call of calls) {
      for (const init of [omit, { headers: { Cookie: `ST=${other}; ST-NO-SS=${other}` } }]) {
        const response = await emulator.handle(call(init))
        expect(response.status).toBe(401)
        expect(await response.json()).toEqual(refusal)
      }
    }
    // Even a call that would have signed the user on left the flow where it was.
    const read = (await (await emulator.handle(new Request(flow._links.self!.href))).json()) as Flow
    expect(read.status).toBe('USERNAME_PASSWORD_REQUIRED')
    expect((await act(emulator, flow, 'usernamePassword.check', demo)).status).toBe(200)
  })

  it('checks the cookie before the media type, as a real tenant answered', async () => {
    const { emulator } = setup()
    const flow = await startFlow(emulator)
    const response = await emulator.handle(
      new Request(flow._links.self!.href, { ...omit, method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'a=b' }),
    )
    expect(response.status).toBe(401)
  })

  it('accepts ST-NO-SS alone (a browser that dropped the SameSite=None cookie)', async () => {
    const { emulator } = setup()
    const started = await emulator.handle(new Request(authorizeUrl({ response_mode: 'pi.flow' }), omit))
    const flow = (await started.json()) as Flow
    const cookie = `ST-NO-SS=${setCookie(started, 'ST-NO-SS').value}`
    expect((await emulator.handle(new Request(flow._links.self!.href, { headers: { Cookie: cookie } }))).status).toBe(200)
  })

  it('with flowCookie optional, checks the cookie at resume only', async () => {
    const { emulator } = setup({ ...defaultConfig, flowCookie: 'optional' })
    const flow = await startFlow(emulator)
    const done = await act(emulator, flow, 'usernamePassword.check', demo, {})
    expect((await emulator.handle(new Request(flow._links.self!.href, omit))).status).toBe(200)
    expect(done.status).toBe(200)
  })

  it('gives single sign-on to the browser that holds the session, and to no other', async () => {
    const { emulator } = setup()
    await act(emulator, await startFlow(emulator), 'usernamePassword.check', demo)
    expect((await startFlow(emulator)).status).toBe('COMPLETED')
    const elsewhere = await emulator.handle(new Request(authorizeUrl({ response_mode: 'pi.flow' }), omit))
    expect(((await elsewhere.json()) as Flow).status).toBe('USERNAME_PASSWORD_REQUIRED')
  })

  it('sets cookies without Secure over plain http on a non-loopback host, and with it on localhost', async () => {
    for (const [origin, secure] of [['http://auth.emulator.test', false], ['http://localhost:4010', true]] as const) {
      const emulator = createEmulator()
      const url = authorizeUrl({ response_mode: 'pi.flow' }).replace('https://auth.emulator.test', origin)
      const { line } = setCookie(await emulator.handle(new Request(url)), 'ST')
      expect(line?.endsWith(secure ? '; Secure; SameSite=None' : '; SameSite=Lax')).toBe(true)
    }
  })
})

describe('Accept', () => {
  it('answers 406 to Accept: application/json on authorize and flow calls; any type, HAL or none is fine', async () => {
    const { emulator } = setup()
    const json = { headers: { Accept: 'application/json' } }
    expect((await emulator.handle(new Request(authorizeUrl({ response_mode: 'pi.flow' }), json))).status).toBe(406)
    const flow = await startFlow(emulator)
    expect((await emulator.handle(new Request(flow._links.self!.href, json))).status).toBe(406)
    const posted = await act(emulator, flow, 'usernamePassword.check', demo, { Accept: 'application/json' })
    expect(posted.status).toBe(406)
    expect((await errorOf(posted)).code).toBe('NOT_ACCEPTABLE')
    for (const accept of ['*/*', 'application/hal+json', 'text/html,application/xhtml+xml,*/*;q=0.8']) {
      expect((await emulator.handle(new Request(flow._links.self!.href, { headers: { Accept: accept } }))).status).toBe(200)
    }
  })
})

describe('over real HTTP and HTTPS', () => {
  let http: EmulatorServer
  let https: EmulatorServer
  let cert: string
  beforeAll(async () => {
    const tls = await tlsCertificate(['localhost'])
    cert = tls.cert
    http = await serveEmulator(createEmulator(), { host: 'localhost', port: 0 })
    https = await serveEmulator(createEmulator(), { host: 'localhost', port: 0, tls })
  })
  afterAll(async () => {
    await http?.close()
    await https?.close()
  })

  it('answers an action without its cookie, or with another flow\'s, with 401 ACCESS_FAILED; with its own, it succeeds', async () => {
    const authorize = () => fetch(`${http.url}/${envId}/as/authorize?${new URL(authorizeUrl({ response_mode: 'pi.flow' })).search.slice(1)}`)
    const mine = await authorize()
    const theirs = await authorize()
    const flow = (await mine.json()) as Flow
    const post = (cookie?: string) =>
      fetch(flow._links['usernamePassword.check']!.href, {
        method: 'POST',
        headers: { 'Content-Type': 'application/vnd.pingidentity.usernamePassword.check+json', ...(cookie ? { Cookie: cookie } : {}) },
        body: JSON.stringify(demo),
      })
    const cookieOf = (response: Response) => `ST=${setCookie(response, 'ST').value}`
    const without = await post()
    expect(without.status).toBe(401)
    expect(await without.json()).toMatchObject({ code: 'ACCESS_FAILED' })
    expect((await post(cookieOf(theirs))).status).toBe(401)
    const own = await post(cookieOf(mine))
    expect(own.status).toBe(200)
    expect(((await own.json()) as Flow).status).toBe('COMPLETED')
  })

  it('serves https with the given certificate, its hrefs and cookies on https', async () => {
    expect(https.url).toMatch(/^https:\/\/localhost:\d+$/)
    const url = `${https.url}/${envId}/as/authorize${new URL(authorizeUrl({ response_mode: 'pi.flow' })).search}`
    const { status, headers, body } = await new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
      httpsRequest(url, { ca: cert }, (res) => {
        let text = ''
        res.on('data', (chunk: Buffer) => (text += chunk.toString()))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }))
      })
        .on('error', reject)
        .end()
    })
    expect(status).toBe(200)
    expect((JSON.parse(body) as Flow)._links.self!.href.startsWith(`${https.url}/${envId}/flows/`)).toBe(true)
    expect(headers['set-cookie']).toEqual([expect.stringMatching(/; Secure; SameSite=None$/), expect.stringMatching(/^ST-NO-SS=/)])
  })
})
