import { describe, expect, it } from 'vitest'
import type { Flow } from '../../src/flow/types'
import { createEmulator, defaultConfig, type Emulator } from '../../emulator'
import { act, errorOf, setup, startFlow, inBrowser } from './helpers'

const password = 'Demo-Passw0rd!'
const newPassword = 'Fresh-Start-42'
const [app] = defaultConfig.applications
const identifierFirst = { ...defaultConfig, applications: [{ ...app!, signOnPolicy: 'identifierFirst' as const }] }

async function send(emulator: Emulator, flow: Flow, action: string, body?: unknown, headers?: Record<string, string>) {
  const response = await act(emulator, flow, action, body, headers)
  if (response.status !== 200) throw new Error(`${action}: ${response.status} ${await response.text()}`)
  return (await response.json()) as Flow
}

function lastCode(emulator: Emulator, purpose: 'recovery' | 'verification') {
  return emulator.outbox().filter((m) => m.purpose === purpose).at(-1)
}

async function signOn(emulator: Emulator, username: string, secret = password) {
  return act(emulator, await startFlow(emulator, { prompt: 'login' }), 'usernamePassword.check', { username, password: secret })
}

describe('expired and must-change passwords', () => {
  it.each([
    ['expired', 'PASSWORD_EXPIRED'],
    ['must-change', 'MUST_CHANGE_PASSWORD'],
  ])('stops %s at %s with the policy and the user, then completes on password.reset', async (username, status) => {
    const { emulator } = setup()
    const stopped = (await (await signOn(emulator, username)).json()) as Flow
    expect(stopped.status).toBe(status)
    expect(Object.keys(stopped._links).sort()).toEqual(['password.reset', 'self', 'session.reset', 'signOnPage'])
    expect(stopped._embedded).toMatchObject({
      user: { id: expect.any(String), username },
      passwordPolicy: { length: { min: 8, max: 255 }, maxRepeatedCharacters: 2, minUniqueCharacters: 5 },
    })
    const done = await send(emulator, stopped, 'password.reset', { currentPassword: password, newPassword })
    expect(done.status).toBe('COMPLETED')
    expect((await signOn(emulator, username)).status).toBe(400)
    expect(((await (await signOn(emulator, username, newPassword)).json()) as Flow).status).toBe('COMPLETED')
  })

  it('rejects a wrong current password on currentPassword and keeps the status', async () => {
    const { emulator } = setup()
    const stopped = (await (await signOn(emulator, 'expired')).json()) as Flow
    const response = await act(emulator, stopped, 'password.reset', { currentPassword: 'nope', newPassword })
    expect(await errorOf(response)).toMatchObject({
      code: 'INVALID_DATA',
      details: [{ code: 'INVALID_VALUE', target: 'currentPassword' }],
    })
    expect((await send(emulator, stopped, 'password.reset', { currentPassword: password, newPassword })).status).toBe('COMPLETED')
  })

  it('names each unmet policy requirement on newPassword, including history', async () => {
    const { emulator } = setup()
    const stopped = (await (await signOn(emulator, 'expired')).json()) as Flow
    const weak = await errorOf(await act(emulator, stopped, 'password.reset', { currentPassword: password, newPassword: 'aaab' }))
    expect(weak.details).toEqual([
      {
        code: 'INVALID_VALUE',
        target: 'newPassword',
        message: 'New password did not satisfy password policy requirements',
        innerError: expect.objectContaining({
          unsatisfiedRequirements: ['length', 'minCharacters', 'minCharacters', 'minCharacters', 'maxRepeatedCharacters', 'minUniqueCharacters'],
          length: expect.any(String),
          minCharacters: expect.any(String),
        }),
      },
    ])
    const same = await errorOf(await act(emulator, stopped, 'password.reset', { currentPassword: password, newPassword: password }))
    expect(same.details?.[0]?.innerError?.unsatisfiedRequirements).toEqual(['history'])
  })

  it('lets a user whose password is fine straight through', async () => {
    const { emulator } = setup()
    expect(((await (await signOn(emulator, 'demo')).json()) as Flow).status).toBe('COMPLETED')
  })
})

describe('password recovery', () => {
  it('forgot password, code by e-mail, new password: COMPLETED and the new password works', async () => {
    const { emulator } = setup()
    const flow = await startFlow(emulator)
    expect(flow._links['password.forgot']).toBeDefined()
    const recovering = await send(emulator, flow, 'password.forgot', { username: 'demo' })
    expect(recovering.status).toBe('RECOVERY_CODE_REQUIRED')
    expect(Object.keys(recovering._links)).toEqual(expect.arrayContaining(['password.recover', 'password.sendRecoveryCode']))
    expect(recovering._embedded?.passwordPolicy).toMatchObject({ minUniqueCharacters: 5 })
    const message = lastCode(emulator, 'recovery')!
    expect(message).toMatchObject({ username: 'demo', channel: 'EMAIL', to: 'demo@example.com' })
    expect(message.code).toMatch(/^[A-Z0-9]{8}$/)
    const done = await send(emulator, recovering, 'password.recover', { recoveryCode: message.code.toLowerCase(), newPassword })
    expect(done.status).toBe('COMPLETED')
    expect((await signOn(emulator, 'demo', newPassword)).status).toBe(200)
  })

  it('answers 404 NOT_FOUND for a username no one has, and the flow goes on', async () => {
    const { emulator } = setup()
    const flow = await startFlow(emulator)
    const response = await act(emulator, flow, 'password.forgot', { username: 'ghost' })
    expect(response.status).toBe(404)
    expect(await errorOf(response)).toMatchObject({ code: 'NOT_FOUND' })
    expect(emulator.outbox()).toEqual([])
    const corrected = await send(emulator, flow, 'password.forgot', { username: 'demo' })
    expect(corrected.status).toBe('RECOVERY_CODE_REQUIRED')
    expect(lastCode(emulator, 'recovery')?.username).toBe('demo')
  })

  it('with unknownUserRecovery continue: moves an unknown user on too, without sending anything', async () => {
    const { emulator } = setup({ ...defaultConfig, unknownUserRecovery: 'continue' })
    const recovering = await send(emulator, await startFlow(emulator), 'password.forgot', { username: 'ghost' })
    expect(recovering.status).toBe('RECOVERY_CODE_REQUIRED')
    expect(emulator.outbox()).toEqual([])
    const response = await act(emulator, recovering, 'password.recover', { recoveryCode: 'ABCDEFGH', newPassword })
    expect((await errorOf(response)).details?.[0]).toMatchObject({ target: 'recoveryCode', innerError: { failuresRemaining: 4 } })
  })

  it('recovers from PASSWORD_REQUIRED for the flow user with an empty body', async () => {
    const { emulator } = setup(identifierFirst)
    const looked = await send(emulator, await startFlow(emulator), 'user.lookup', { username: 'demo' })
    expect(looked._links['password.forgot']).toBeDefined()
    expect((await send(emulator, looked, 'password.forgot', {})).status).toBe('RECOVERY_CODE_REQUIRED')
    expect(lastCode(emulator, 'recovery')?.username).toBe('demo')
  })

  it('counts wrong codes, locks after 5, and a resend (without +json) starts again', async () => {
    const { emulator } = setup()
    const recovering = await send(emulator, await startFlow(emulator), 'password.forgot', { username: 'demo' })
    for (const remaining of [4, 3, 2, 1]) {
      const error = await errorOf(await act(emulator, recovering, 'password.recover', { recoveryCode: 'WRONG123', newPassword }))
      expect(error.details?.[0]).toMatchObject({ code: 'INVALID_VALUE', target: 'recoveryCode', innerError: { failuresRemaining: remaining } })
    }
    const locked = await errorOf(await act(emulator, recovering, 'password.recover', { recoveryCode: 'WRONG123', newPassword }))
    expect(locked.details?.[0]).toMatchObject({ code: 'PASSWORD_LOCKED_OUT', innerError: { secondsUntilUnlock: 900 } })
    expect(locked.details?.[0]?.target).toBeUndefined()
    const right = lastCode(emulator, 'recovery')!.code
    expect((await act(emulator, recovering, 'password.recover', { recoveryCode: right, newPassword })).status).toBe(400)

    const resent = await emulator.handle(
      new Request(recovering._links.self!.href, {
        method: 'POST',
        headers: { 'Content-Type': 'application/vnd.pingidentity.password.sendRecoveryCode' },
      }),
    )
    expect(resent.status).toBe(200)
    expect(((await resent.json()) as Flow).status).toBe('RECOVERY_CODE_REQUIRED')
    const fresh = lastCode(emulator, 'recovery')!.code
    expect(emulator.outbox().filter((m) => m.purpose === 'recovery')).toHaveLength(2)
    expect((await send(emulator, recovering, 'password.recover', { recoveryCode: fresh, newPassword })).status).toBe('COMPLETED')
  })

  it('refuses a code older than 5 minutes and a new password that misses the policy', async () => {
    const { emulator, clock } = setup()
    const recovering = await send(emulator, await startFlow(emulator), 'password.forgot', { username: 'demo' })
    const code = lastCode(emulator, 'recovery')!.code
    const weak = await errorOf(await act(emulator, recovering, 'password.recover', { recoveryCode: code, newPassword: 'short' }))
    expect(weak.details?.[0]).toMatchObject({ target: 'newPassword', innerError: { unsatisfiedRequirements: expect.arrayContaining(['length']) } })
    clock.now += 5 * 60 * 1000
    const late = await errorOf(await act(emulator, recovering, 'password.recover', { recoveryCode: code, newPassword }))
    expect(late.details?.[0]).toMatchObject({ target: 'recoveryCode', message: 'The recovery code has expired' })
  })

  it('does not ask an expired user to change the password they just recovered', async () => {
    const { emulator } = setup()
    const recovering = await send(emulator, await startFlow(emulator), 'password.forgot', { username: 'expired' })
    const code = lastCode(emulator, 'recovery')!.code
    expect((await send(emulator, recovering, 'password.recover', { recoveryCode: code, newPassword })).status).toBe('COMPLETED')
  })
})

describe('registration', () => {
  const newUser = { username: 'newbie', email: 'newbie@example.com', password: newPassword, name: { given: 'New' } }

  it('registers, verifies the e-mailed code and completes; the user can then sign on', async () => {
    const { emulator } = setup()
    const flow = await startFlow(emulator)
    expect(flow._links['user.register']).toBeDefined()
    expect(flow._embedded?.passwordPolicy).toMatchObject({ length: { min: 8 } })
    const verifying = await send(emulator, flow, 'user.register', newUser)
    expect(verifying.status).toBe('VERIFICATION_CODE_REQUIRED')
    expect(Object.keys(verifying._links)).toEqual(expect.arrayContaining(['user.verify', 'user.sendVerificationCode']))
    expect(verifying._embedded?.user).toMatchObject({ id: expect.any(String), username: 'newbie', email: 'newbie@example.com' })
    const message = lastCode(emulator, 'verification')!
    expect(message).toMatchObject({ username: 'newbie', to: 'newbie@example.com' })

    const wrong = await errorOf(await act(emulator, verifying, 'user.verify', { verificationCode: 'WRONG123' }))
    expect(wrong.details).toEqual([expect.objectContaining({ code: 'INVALID_VALUE', target: 'verificationCode' })])
    const done = await send(emulator, verifying, 'user.verify', { verificationCode: message.code })
    expect(done.status).toBe('COMPLETED')
    expect(done._embedded?.user).toMatchObject({ username: 'newbie', name: { given: 'New' } })
    expect((await signOn(emulator, 'NEWBIE', newPassword)).status).toBe(200)
  })

  it('resends the verification code; the old one stops working', async () => {
    const { emulator } = setup()
    const verifying = await send(emulator, await startFlow(emulator), 'user.register', newUser)
    const old = lastCode(emulator, 'verification')!.code
    expect((await send(emulator, verifying, 'user.sendVerificationCode', {})).status).toBe('VERIFICATION_CODE_REQUIRED')
    const fresh = lastCode(emulator, 'verification')!.code
    expect(fresh).not.toBe(old)
    expect((await act(emulator, verifying, 'user.verify', { verificationCode: old })).status).toBe(400)
    expect((await send(emulator, verifying, 'user.verify', { verificationCode: fresh })).status).toBe('COMPLETED')
  })

  it('asks an unverified user for a new code when they sign on later', async () => {
    const { emulator } = setup()
    await send(emulator, await startFlow(emulator), 'user.register', newUser)
    const later = (await (await signOn(emulator, 'newbie', newPassword)).json()) as Flow
    expect(later.status).toBe('VERIFICATION_CODE_REQUIRED')
    expect(emulator.outbox().filter((m) => m.purpose === 'verification')).toHaveLength(2)
  })

  it('reports taken usernames and e-mails, bad e-mails and the policy on their fields', async () => {
    const { emulator } = setup()
    const flow = await startFlow(emulator)
    const taken = await errorOf(await act(emulator, flow, 'user.register', { ...newUser, username: 'Demo', email: 'demo@example.com' }))
    expect(taken.details).toEqual([
      expect.objectContaining({ code: 'UNIQUENESS_VIOLATION', target: 'username' }),
      expect.objectContaining({ code: 'UNIQUENESS_VIOLATION', target: 'email' }),
    ])
    const bad = await errorOf(await act(emulator, flow, 'user.register', { ...newUser, email: 'not-an-email', password: 'weak' }))
    expect(bad.details).toEqual([
      expect.objectContaining({ code: 'INVALID_VALUE', target: 'email' }),
      expect.objectContaining({
        code: 'INVALID_VALUE',
        target: 'password',
        message: 'User password did not satisfy password policy requirements',
        innerError: expect.objectContaining({ unsatisfiedRequirements: expect.arrayContaining(['length']) }),
      }),
    ])
    const blank = await errorOf(await act(emulator, flow, 'user.register', {}))
    expect(blank.details?.map((d) => d.target)).toEqual(['username', 'email', 'password'])
  })

  it('registers from identifier first (SIGN_ON_REQUIRED) too', async () => {
    const { emulator } = setup(identifierFirst)
    const flow = await startFlow(emulator)
    expect(flow._embedded?.passwordPolicy).toBeDefined()
    expect((await send(emulator, flow, 'user.register', newUser)).status).toBe('VERIFICATION_CODE_REQUIRED')
  })

  it('forgets registered users and changed passwords on reset', async () => {
    const { emulator } = setup()
    await send(emulator, await startFlow(emulator), 'user.register', newUser)
    emulator.reset()
    expect((await signOn(emulator, 'newbie', newPassword)).status).toBe(400)
  })
})

describe('applications without recovery or registration', () => {
  it('offers neither link nor the policy, and refuses the actions', async () => {
    const emulator = inBrowser(createEmulator({
      ...defaultConfig,
      applications: [{ ...app!, passwordRecovery: false, registration: false }],
    }))
    const flow = await startFlow(emulator)
    expect(Object.keys(flow._links).sort()).toEqual(['self', 'signOnPage', 'usernamePassword.check'])
    expect(flow._embedded?.passwordPolicy).toBeUndefined()
    expect((await errorOf(await act(emulator, flow, 'password.forgot', { username: 'demo' }))).code).toBe('INVALID_REQUEST')
    expect((await errorOf(await act(emulator, flow, 'user.register', { username: 'x' }))).code).toBe('INVALID_REQUEST')
  })
})
