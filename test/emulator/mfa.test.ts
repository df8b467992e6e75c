import { describe, expect, it } from 'vitest'
import { defaultConfig, demoSecurityKey, type EmulatorConfig, type EmulatorDevice } from '../../emulator'
import type { Flow } from '../../src/flow/types'
import { act, appOrigin, base, errorOf, origin, sessionCookieOf, setup, startFlow } from './helpers'
import { softwareAuthenticator, type AssertionChange } from './softwareAuthenticator'

const password = 'Demo-Passw0rd!'

async function signOn(emulator: ReturnType<typeof setup>['emulator'], username: string) {
  const flow = await startFlow(emulator, { prompt: 'login' })
  const response = await act(emulator, flow, 'usernamePassword.check', { username, password })
  expect(response.status).toBe(200)
  return (await response.json()) as Flow
}

async function read(emulator: ReturnType<typeof setup>['emulator'], flow: Flow) {
  const response = await emulator.handle(new Request(flow._links.self!.href))
  return { response, flow: (await response.json()) as Flow }
}

function withDevices(devices: EmulatorDevice[], patch: Partial<EmulatorConfig> = {}): EmulatorConfig {
  return {
    ...defaultConfig,
    ...patch,
    users: [{ username: 'someone', password, devices }],
  }
}

describe('MFA stage after the password', () => {
  it('sends a code to the one SMS device and shows it masked (OTP_REQUIRED)', async () => {
    const { emulator } = setup()
    const flow = await signOn(emulator, 'mfa-sms')
    expect(flow.status).toBe('OTP_REQUIRED')
    expect(Object.keys(flow._links).sort()).toEqual(['device.select', 'otp.check', 'self', 'signOnPage'])
    expect(flow._embedded?.devices).toEqual([{ id: expect.any(String), type: 'SMS', status: 'ACTIVE', phone: '*******01' }])
    expect(flow.selectedDevice).toEqual({ id: flow._embedded!.devices![0]!.id })
    expect(flow.bypassAllowed).toBe(false)
    const [message] = emulator.outbox()
    expect(message).toMatchObject({ username: 'mfa-sms', channel: 'SMS', to: '*******01', purpose: 'otp' })
    expect(message!.code).toMatch(/^\d{6}$/)
  })

  it('completes with the right code, with the session cookie', async () => {
    const { emulator } = setup()
    const flow = await signOn(emulator, 'mfa-email')
    const response = await act(emulator, flow, 'otp.check', { otp: emulator.outbox()[0]!.code })
    expect(((await response.clone().json()) as Flow).status).toBe('COMPLETED')
    expect(sessionCookieOf(response)).toMatch(/^ST=/)
  })

  it('rejects a wrong code on the otp field, then fails the flow after 3', async () => {
    const { emulator } = setup()
    const flow = await signOn(emulator, 'mfa-sms')
    const first = await act(emulator, flow, 'otp.check', { otp: '000000x' })
    expect(first.status).toBe(400)
    expect((await errorOf(first)).details).toEqual([
      expect.objectContaining({ code: 'INVALID_VALUE', target: 'otp', innerError: { failuresRemaining: 2 } }),
    ])
    await act(emulator, flow, 'otp.check', { otp: '000000x' })
    const third = await act(emulator, flow, 'otp.check', { otp: '000000x' })
    const failed = (await third.json()) as Flow
    expect(failed.status).toBe('FAILED')
    expect(failed.error).toEqual({ code: 'TOO_MANY_ATTEMPTS', message: expect.any(String) })
    expect(Object.keys(failed._links)).not.toContain('otp.check')
  })

  it('rejects an expired code', async () => {
    const { emulator, clock } = setup()
    const flow = await signOn(emulator, 'mfa-sms')
    clock.now += 5 * 60_000
    const response = await act(emulator, flow, 'otp.check', { otp: emulator.outbox()[0]!.code })
    expect((await errorOf(response)).details?.[0]).toMatchObject({ target: 'otp', message: expect.stringMatching(/expired/) })
  })

  it('resends the code when the same device is selected again; an unknown device is refused', async () => {
    const { emulator } = setup()
    const flow = await signOn(emulator, 'mfa-sms')
    const again = await act(emulator, flow, 'device.select', { device: { id: flow.selectedDevice!.id } })
    expect(((await again.json()) as Flow).status).toBe('OTP_REQUIRED')
    expect(emulator.outbox()).toHaveLength(2)
    const unknown = await act(emulator, flow, 'device.select', { device: { id: 'nope' } })
    expect((await errorOf(unknown)).details).toEqual([expect.objectContaining({ code: 'INVALID_VALUE', target: 'device.id' })])
  })

  it('asks a user with several devices to choose (DEVICE_SELECTION_REQUIRED)', async () => {
    const { emulator } = setup()
    const flow = await signOn(emulator, 'mfa-many')
    expect(flow.status).toBe('DEVICE_SELECTION_REQUIRED')
    expect(Object.keys(flow._links)).toContain('device.select')
    expect(flow._embedded?.devices?.map((d) => d.type)).toEqual(['SMS', 'EMAIL', 'MOBILE', 'SECURITY_KEY'])
    expect(flow._embedded?.devices?.[1]).toMatchObject({ email: 'd***@example.com' })
    expect(flow._embedded?.devices?.[2]).toMatchObject({ model: { marketingName: 'iPhone 15' }, nickname: 'Work phone' })
    expect(emulator.outbox()).toHaveLength(0)

    const email = flow._embedded!.devices![1]!
    const selected = (await (await act(emulator, flow, 'device.select', { device: { id: email.id } })).json()) as Flow
    expect(selected).toMatchObject({ status: 'OTP_REQUIRED', selectedDevice: { id: email.id } })
    expect(emulator.outbox()[0]).toMatchObject({ channel: 'EMAIL', to: 'd***@example.com' })
  })

  it('goes straight to a default device', async () => {
    const { emulator } = setup(withDevices([{ type: 'SMS', phone: '+15550100199' }, { type: 'MOBILE', model: 'Pixel', default: true }]))
    const flow = await signOn(emulator, 'someone')
    expect(flow.status).toBe('PUSH_CONFIRMATION_REQUIRED')
  })

  it('skips MFA for users without devices and for applications without MFA', async () => {
    const { emulator } = setup()
    expect((await signOn(emulator, 'demo')).status).toBe('COMPLETED')
    const noMfa = { ...defaultConfig, applications: [{ ...defaultConfig.applications[0]!, mfa: false }] }
    expect((await signOn(setup(noMfa).emulator, 'mfa-sms')).status).toBe('COMPLETED')
  })
})

describe('push confirmation', () => {
  it('completes on the next read after the phone approves', async () => {
    const { emulator } = setup()
    const flow = await signOn(emulator, 'mfa-push')
    expect(flow.status).toBe('PUSH_CONFIRMATION_REQUIRED')
    expect((await read(emulator, flow)).flow.status).toBe('PUSH_CONFIRMATION_REQUIRED')
    expect(emulator.pushes()).toEqual([{ flowId: flow.id, username: 'mfa-push', device: 'Work phone', sentAt: expect.any(String) }])

    expect(emulator.push(flow.id, 'approve')).toBe(true)
    expect(emulator.pushes()).toEqual([])
    const { response, flow: done } = await read(emulator, flow)
    expect(done.status).toBe('COMPLETED')
    expect(sessionCookieOf(response)).toMatch(/^ST=/)
    expect(emulator.push(flow.id, 'approve')).toBe(false)
  })

  it('fails the flow when the phone denies', async () => {
    const { emulator } = setup()
    const flow = await signOn(emulator, 'mfa-push')
    emulator.push(flow.id, 'deny')
    const { flow: denied } = await read(emulator, flow)
    expect(denied.status).toBe('FAILED')
    expect(denied.error).toEqual({ code: 'PUSH_DENIED', message: expect.any(String) })
  })

  it('times out after the device’s timeout, and a new push can be sent', async () => {
    const { emulator, clock } = setup()
    const flow = await signOn(emulator, 'mfa-push')
    clock.now += 59_000
    expect((await read(emulator, flow)).flow.status).toBe('PUSH_CONFIRMATION_REQUIRED')
    clock.now += 1_000
    const { flow: timedOut } = await read(emulator, flow)
    expect(timedOut.status).toBe('PUSH_CONFIRMATION_TIMED_OUT')
    expect(Object.keys(timedOut._links)).toContain('device.select')
    const retry = await act(emulator, flow, 'device.select', { device: { id: timedOut.selectedDevice!.id } })
    expect(((await retry.json()) as Flow).status).toBe('PUSH_CONFIRMATION_REQUIRED')
  })

  it('answers by itself after the configured number of polls', async () => {
    const { emulator } = setup(withDevices([{ type: 'MOBILE', model: 'Pixel', push: 'approve', pushAfterPolls: 3 }]))
    const flow = await signOn(emulator, 'someone')
    expect((await read(emulator, flow)).flow.status).toBe('PUSH_CONFIRMATION_REQUIRED')
    expect((await read(emulator, flow)).flow.status).toBe('PUSH_CONFIRMATION_REQUIRED')
    expect((await read(emulator, flow)).flow.status).toBe('COMPLETED')
  })

  it('lists pushes on the _emulator/push page, whose buttons approve with JSON posted to the page itself', async () => {
    const { emulator } = setup()
    const flow = await signOn(emulator, 'mfa-push')
    const page = await (await emulator.handle(new Request(`${base}/_emulator/push`))).text()
    expect(page).toContain('mfa-push on Work phone')
    expect(page).toContain(`<button type="button" data-flow-id="${flow.id}" data-decision="approve">Approve</button>`)
    expect(page).toContain(`<button type="button" data-flow-id="${flow.id}" data-decision="deny">Deny</button>`)
    expect(page).toContain('<p role="status" id="status"></p>')
    expect(page).toContain("'Content-Type': 'application/json'")
    const answer = (type: string, body: string) =>
      emulator.handle(
        new Request(`${base}/_emulator/push`, { method: 'POST', headers: { 'Content-Type': type, Origin: origin }, body }),
      )
    // A form, as the page used to post, is no longer taken: any site could send one.
    const form = await answer('application/x-www-form-urlencoded', new URLSearchParams({ flowId: flow.id, decision: 'approve' }).toString())
    expect(form.status).toBe(415)
    expect((await read(emulator, flow)).flow.status).toBe('PUSH_CONFIRMATION_REQUIRED')
    // What the page's script sends, from the page's own origin.
    const posted = await answer('application/json', JSON.stringify({ flowId: flow.id, decision: 'approve' }))
    expect(posted.status).toBe(200)
    expect(await posted.json()).toEqual({ answered: true })
    expect((await read(emulator, flow)).flow.status).toBe('COMPLETED')
  })

  it('answers JSON on the _emulator/push page', async () => {
    const { emulator } = setup()
    const flow = await signOn(emulator, 'mfa-push')
    const list = await emulator.handle(new Request(`${base}/_emulator/push`, { headers: { Accept: 'application/json' } }))
    expect(await list.json()).toEqual({ pushes: [expect.objectContaining({ flowId: flow.id })] })
    const posted = await emulator.handle(
      new Request(`${base}/_emulator/push`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ flowId: flow.id, decision: 'deny' }),
      }),
    )
    expect(await posted.json()).toEqual({ answered: true })
  })
})

describe('security key assertion', () => {
  async function assertionFlow() {
    const { emulator } = setup()
    const flow = await signOn(emulator, 'mfa-key')
    return { emulator, flow, authenticator: await softwareAuthenticator(demoSecurityKey) }
  }

  it('offers request options as a JSON string with signed byte arrays', async () => {
    const { flow } = await assertionFlow()
    expect(flow.status).toBe('ASSERTION_REQUIRED')
    expect(Object.keys(flow._links).sort()).toEqual(['assertion.check', 'device.select', 'self', 'signOnPage'])
    const options = JSON.parse(flow.publicKeyCredentialRequestOptions!) as Record<string, unknown>
    expect(options).toMatchObject({ timeout: 120000, rpId: 'localhost', userVerification: 'preferred' })
    expect(options.challenge).toHaveLength(32)
    expect(options.allowCredentials).toEqual([{ type: 'public-key', id: expect.any(Array) }])
  })

  it('completes with a valid assertion and refuses a replay', async () => {
    const { emulator, flow, authenticator } = await assertionFlow()
    const assertion = await authenticator.sign(flow, appOrigin)
    const response = await act(emulator, flow, 'assertion.check', { origin: appOrigin, assertion, compatibility: 'FULL' })
    expect(((await response.clone().json()) as Flow).status).toBe('COMPLETED')
    expect(sessionCookieOf(response)).toMatch(/^ST=/)

    const second = await signOn(emulator, 'mfa-key')
    const replayed = await authenticator.sign(second, appOrigin, { counter: 1 })
    const refused = await act(emulator, second, 'assertion.check', { origin: appOrigin, assertion: replayed })
    expect((await errorOf(refused)).details).toEqual([expect.objectContaining({ code: 'INVALID_VALUE', target: 'assertion' })])
  })

  it.each<[string, AssertionChange & { origin?: string }]>([
    ['another origin', { origin: 'https://evil.example' }],
    ['another challenge', { challenge: 'AAAA' }],
    ['another relying party', { rpId: 'example.com' }],
    ['no user presence', { flags: 0x00 }],
    ['a get that is a create', { type: 'webauthn.create' }],
    ['a bad signature', { tamper: true }],
  ])('refuses %s', async (_, change) => {
    const { emulator, flow, authenticator } = await assertionFlow()
    const origin = change.origin ?? appOrigin
    const assertion = await authenticator.sign(flow, origin, change)
    const response = await act(emulator, flow, 'assertion.check', { origin, assertion, compatibility: 'FULL' })
    expect(response.status).toBe(400)
    expect((await errorOf(response)).details?.[0]?.target).toBe('assertion')
  })
})

describe('passwordless sign-on (identifier first, then MFA)', () => {
  const identifierFirst = (mfa: boolean): EmulatorConfig => ({
    ...defaultConfig,
    applications: [{ ...defaultConfig.applications[0]!, signOnPolicy: 'identifierFirst', mfa }],
  })

  it('goes from user.lookup straight to OTP_REQUIRED, like PingOne’s published example', async () => {
    const { emulator } = setup(identifierFirst(true))
    const flow = await startFlow(emulator)
    const looked = (await (await act(emulator, flow, 'user.lookup', { username: 'passwordless' })).json()) as Flow
    expect(looked.status).toBe('OTP_REQUIRED')
    expect(Object.keys(looked._links)).toEqual(expect.arrayContaining(['otp.check', 'device.select']))
    const done = await act(emulator, looked, 'otp.check', { otp: emulator.outbox()[0]!.code })
    expect(((await done.json()) as Flow).status).toBe('COMPLETED')
  })

  it('asks for the password when the application has no MFA, never signing on with nothing', async () => {
    const { emulator } = setup(identifierFirst(false))
    const flow = await startFlow(emulator)
    const looked = (await (await act(emulator, flow, 'user.lookup', { username: 'passwordless' })).json()) as Flow
    expect(looked.status).toBe('PASSWORD_REQUIRED')
    expect(emulator.outbox()).toHaveLength(0)
  })
})
