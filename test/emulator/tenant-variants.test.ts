import { describe, expect, it } from 'vitest'
import { defaultConfig } from '../../emulator'
import type { Flow } from '../../src/flow/types'
import { act, authorizeUrl, base, demo, setup, startFlow } from './helpers'

// What real tenants do differently from the documented flows API, each a config option
// (real-clients.md D3, D11, D9, and the DaVinci fixtures).

const [app] = defaultConfig.applications
const mfaSms = { username: 'mfa-sms', password: 'Demo-Passw0rd!' }

async function body(response: Response | Promise<Response>) {
  return (await (await response).json()) as Flow
}

describe('rotateFlowIds', () => {
  it('gives each answer after the credential check a new id; the old id is gone, the new one and its links work', async () => {
    const { emulator } = setup({ ...defaultConfig, rotateFlowIds: true })
    const flow = await startFlow(emulator)
    const read = await body(emulator.handle(new Request(flow._links.self!.href)))
    expect(read.id).toBe(flow.id)

    const otp = await body(act(emulator, flow, 'usernamePassword.check', mfaSms))
    expect(otp.status).toBe('OTP_REQUIRED')
    expect(otp.id).not.toBe(flow.id)
    expect(otp._links.self!.href).toBe(`${base}/flows/${otp.id}`)
    expect(otp.resumeUrl).toBe(`${base}/as/resume?flowId=${otp.id}`)
    expect((await emulator.handle(new Request(`${base}/flows/${flow.id}`))).status).toBe(404)

    const again = await body(emulator.handle(new Request(otp._links.self!.href)))
    expect(again.id).not.toBe(otp.id)
    const code = emulator.outbox().at(-1)!.code
    const done = await body(act(emulator, again, 'otp.check', { otp: code }))
    expect(done.status).toBe('COMPLETED')
    expect((await emulator.handle(new Request(done.resumeUrl!))).status).toBe(200)
  })

  it('keeps the id before the credential check and without the option', async () => {
    const rotating = setup({ ...defaultConfig, rotateFlowIds: true }).emulator
    const flow = await startFlow(rotating)
    const wrong = await act(rotating, flow, 'usernamePassword.check', { ...demo, password: 'wrong' })
    expect(wrong.status).toBe(400)
    expect((await body(rotating.handle(new Request(flow._links.self!.href)))).id).toBe(flow.id)

    const { emulator } = setup()
    const stable = await startFlow(emulator)
    expect((await body(act(emulator, stable, 'usernamePassword.check', mfaSms))).id).toBe(stable.id)
  })
})

describe('httpSelfLinks', () => {
  it('writes every self link with http:, as real resume answers have it, and nothing else', async () => {
    const { emulator } = setup({ ...defaultConfig, httpSelfLinks: true })
    const flow = await startFlow(emulator)
    expect(flow._links.self!.href).toBe(`${base.replace('https:', 'http:')}/flows/${flow.id}`)
    expect(flow._links['usernamePassword.check']!.href).toBe(`${base}/flows/${flow.id}`)
    expect(flow.resumeUrl!.startsWith('https:')).toBe(true)
  })
})

describe('an application bound to a DaVinci flow policy', () => {
  it('answers a pi.flow authorize with DaVinci\'s first screen, not a flow', async () => {
    const { emulator } = setup({ ...defaultConfig, applications: [{ ...app!, davinci: true }] })
    const response = await emulator.handle(new Request(authorizeUrl({ response_mode: 'pi.flow' })))
    expect(response.status).toBe(200)
    const answer = (await response.json()) as Record<string, unknown>
    expect(answer).toMatchObject({
      interactionId: expect.any(String),
      interactionToken: expect.any(String),
      eventName: 'continue',
      capabilityName: 'customHTMLTemplate',
      _links: { next: { href: expect.stringMatching(new RegExp(`^${base}/davinci/connections/`)) } },
    })
    expect(answer).not.toHaveProperty('status')
  })

  it('answers a DaVinci body given in the config as it is', async () => {
    const given = { interactionId: 'i-1', form: { name: 'Custom' } }
    const { emulator } = setup({ ...defaultConfig, applications: [{ ...app!, davinci: given }] })
    expect(await (await emulator.handle(new Request(authorizeUrl({ response_mode: 'pi.flow' })))).json()).toEqual(given)
  })
})

describe('an identity provider that fails', () => {
  it('sends the browser back to the login page URL with ?error= and a JSON-encoded PingOne error, no flowId', async () => {
    const providers = defaultConfig.socialProviders.map((p) => (p.name === 'Acme ID' ? { ...p, fails: true } : p))
    const { emulator } = setup({ ...defaultConfig, socialProviders: providers })
    const flow = await startFlow(emulator)
    const href = flow._embedded!.socialProviders!.find((p) => p.name === 'Acme ID')!._links.authenticate.href
    const idp = await emulator.handle(new Request((await emulator.handle(new Request(href))).headers.get('Location')!))
    const page = await idp.text()
    const callback = new URL(/<form method="get" action="([^"]+)"/.exec(page)![1]!)
    for (const [, name, value] of page.matchAll(/name="(\w+)" value="([^"]+)"/g)) callback.searchParams.set(name!, value!)
    const back = new URL((await emulator.handle(new Request(callback))).headers.get('Location')!)
    expect(back.origin + back.pathname).toBe(app!.loginPageUrl)
    expect(back.searchParams.has('flowId')).toBe(false)
    expect(JSON.parse(back.searchParams.get('error')!)).toEqual({
      id: expect.any(String),
      code: 'REQUEST_FAILED',
      message: 'Acme ID could not authenticate the user.',
    })
  })
})
