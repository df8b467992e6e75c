import { describe, expect, it } from 'vitest'
import type { Flow } from '../../src/flow/types'
import { createEmulator, defaultConfig } from '../../emulator'
import { act, base, demo, errorOf, setup, startFlow, inBrowser } from './helpers'

describe('flow actions', () => {
  it('dispatches on the vendor media type: 415 for another type', async () => {
    const { emulator } = setup()
    const flow = await startFlow(emulator)
    const response = await emulator.handle(
      new Request(flow._links.self!.href, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(demo),
      }),
    )
    expect(response.status).toBe(415)
    expect(await errorOf(response)).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE' })
  })

  it('accepts media-type parameters', async () => {
    const { emulator } = setup()
    const flow = await startFlow(emulator)
    const response = await emulator.handle(
      new Request(flow._links.self!.href, {
        method: 'POST',
        headers: { 'Content-Type': 'application/vnd.pingidentity.usernamePassword.check+json; charset=utf-8' },
        body: JSON.stringify(demo),
      }),
    )
    expect(response.status).toBe(200)
  })

  it('refuses an action the flow does not offer, and bad JSON', async () => {
    const { emulator } = setup()
    const flow = await startFlow(emulator)
    const response = await act(emulator, flow, 'user.lookup', { username: 'demo' })
    expect(response.status).toBe(400)
    const body = await errorOf(response)
    expect(body.code).toBe('INVALID_REQUEST')
    expect(body.message).toContain('user.lookup')
    expect(body.message).toContain('USERNAME_PASSWORD_REQUIRED')

    const bad = await emulator.handle(
      new Request(flow._links.self!.href, {
        method: 'POST',
        headers: { 'Content-Type': 'application/vnd.pingidentity.usernamePassword.check+json' },
        body: '{nope',
      }),
    )
    expect(bad.status).toBe(400)
    expect(await errorOf(bad)).toMatchObject({ code: 'INVALID_DATA' })
  })

  it('signs on with a password: COMPLETED, session and the ST cookie', async () => {
    const { emulator } = setup()
    const flow = await startFlow(emulator)
    const response = await act(emulator, flow, 'usernamePassword.check', demo)
    expect(response.status).toBe(200)
    const completed = (await response.json()) as Flow
    expect(completed).toMatchObject({
      status: 'COMPLETED',
      session: { id: expect.any(String) },
      _embedded: {
        user: { id: defaultConfig.users[0]!.id, username: 'demo', name: { given: 'Demo', family: 'User' } },
        application: { name: 'Demo App' },
      },
    })
    expect(Object.keys(completed._links).filter((k) => k !== 'signOnPage')).toEqual(['self'])
    expect(completed.authorizeResponse).toBeUndefined()
    // The cookies the flow is bound to, renewed: one random value, which names the session without being its id.
    const [st, noSameSite, ...more] = response.headers.getSetCookie()
    const value = /^ST=([^;]+);/.exec(st ?? '')?.[1]
    expect(st).toBe(`ST=${value}; Path=/${defaultConfig.environmentId}; Max-Age=2592000; HttpOnly; Secure; SameSite=None`)
    expect(noSameSite).toBe(`ST-NO-SS=${value}; Path=/${defaultConfig.environmentId}; Max-Age=2592000; HttpOnly; Secure`)
    expect(more).toEqual([])
    expect(value).toMatch(/^[0-9a-f-]{36}$/)
    expect(JSON.stringify(completed)).not.toContain(value)
    expect(value).not.toBe(completed.session!.id)
  })

  it('reports blank fields', async () => {
    const { emulator } = setup()
    const flow = await startFlow(emulator)
    const response = await act(emulator, flow, 'usernamePassword.check', { username: ' ' })
    expect(await errorOf(response)).toMatchObject({
      code: 'INVALID_DATA',
      details: [
        { code: 'INVALID_VALUE', target: 'username', message: 'username must not be blank' },
        { code: 'INVALID_VALUE', target: 'password', message: 'password must not be blank' },
      ],
    })
  })

  it('answers a wrong password with INVALID_CREDENTIALS, as an unknown user, and locks the user out after 5', async () => {
    const { emulator } = setup()
    const flow = await startFlow(emulator)
    const wrong = { username: 'demo', password: 'wrong' }
    for (let attempt = 1; attempt <= 4; attempt++) {
      expect(await errorOf(await act(emulator, flow, 'usernamePassword.check', wrong))).toEqual({
        id: expect.any(String),
        code: 'INVALID_DATA',
        message: 'The request could not be completed. One or more validation errors were in the request.',
        details: [{ code: 'INVALID_CREDENTIALS', message: 'Invalid username and/or password.' }],
      })
    }
    const fifth = await errorOf(await act(emulator, flow, 'usernamePassword.check', wrong))
    expect(fifth.details?.[0]).toMatchObject({ code: 'PASSWORD_LOCKED_OUT', innerError: { secondsUntilUnlock: 900 } })
  })

  it('with wrongPassword INVALID_VALUE: counts failures down, locks the user out, and unlocks when the clock passes', async () => {
    const { emulator, clock } = setup({ ...defaultConfig, wrongPassword: 'INVALID_VALUE' })
    const flow = await startFlow(emulator)
    const wrong = { username: 'demo', password: 'wrong' }
    for (const remaining of [4, 3, 2, 1]) {
      const response = await act(emulator, flow, 'usernamePassword.check', wrong)
      expect(response.status).toBe(400)
      expect(await errorOf(response)).toEqual({
        id: expect.any(String),
        code: 'INVALID_DATA',
        message: 'The request could not be completed. One or more validation errors were in the request.',
        details: [
          {
            code: 'INVALID_VALUE',
            target: 'password',
            message: 'The provided password did not match provisioned password',
            innerError: { failuresRemaining: remaining },
          },
        ],
      })
    }
    const fifth = await errorOf(await act(emulator, flow, 'usernamePassword.check', wrong))
    expect(fifth.details?.[0]).toMatchObject({ code: 'PASSWORD_LOCKED_OUT', innerError: { secondsUntilUnlock: 900 } })

    clock.now += 100_000
    const locked = await errorOf(await act(emulator, flow, 'usernamePassword.check', demo))
    expect(locked.details?.[0]).toMatchObject({ code: 'PASSWORD_LOCKED_OUT', innerError: { secondsUntilUnlock: 800 } })

    clock.now += 800_000
    const fresh = await startFlow(emulator)
    expect((await act(emulator, fresh, 'usernamePassword.check', demo)).status).toBe(200)
  })

  it('answers INVALID_CREDENTIALS for an unknown user', async () => {
    const { emulator } = setup()
    const flow = await startFlow(emulator)
    const response = await act(emulator, flow, 'usernamePassword.check', { username: 'ghost', password: 'x' })
    expect(await errorOf(response)).toMatchObject({
      code: 'INVALID_DATA',
      details: [{ code: 'INVALID_CREDENTIALS', message: 'Invalid username and/or password.' }],
    })
  })

  it('runs identifier-first: lookup, PASSWORD_REQUIRED, then COMPLETED; session.reset goes back', async () => {
    const [app] = defaultConfig.applications
    const emulator = inBrowser(createEmulator({ ...defaultConfig, applications: [{ ...app!, signOnPolicy: 'identifierFirst' }] }))
    const flow = await startFlow(emulator)
    const looked = (await (await act(emulator, flow, 'user.lookup', { username: 'DEMO' })).json()) as Flow
    expect(looked.status).toBe('PASSWORD_REQUIRED')
    expect(looked._embedded?.user).toEqual({ id: defaultConfig.users[0]!.id, username: 'demo' })
    expect(Object.keys(looked._links).sort()).toEqual([
      'password.forgot',
      'self',
      'session.reset',
      'signOnPage',
      'usernamePassword.check',
    ])

    const reset = (await (await act(emulator, looked, 'session.reset')).json()) as Flow
    expect(reset.status).toBe('SIGN_ON_REQUIRED')
    expect(reset._embedded?.user).toBeUndefined()

    await act(emulator, reset, 'user.lookup', { username: 'demo' })
    const mismatch = await act(emulator, flow, 'usernamePassword.check', { username: 'other', password: demo.password })
    expect(mismatch.status).toBe(400)
    const done = await act(emulator, flow, 'usernamePassword.check', { password: demo.password })
    expect(((await done.json()) as Flow).status).toBe('COMPLETED')
  })

  it('does not reveal unknown users at lookup; their password check fails', async () => {
    const [app] = defaultConfig.applications
    const emulator = inBrowser(createEmulator({ ...defaultConfig, applications: [{ ...app!, signOnPolicy: 'identifierFirst' }] }))
    const flow = await startFlow(emulator)
    const looked = (await (await act(emulator, flow, 'user.lookup', { username: 'ghost' })).json()) as Flow
    expect(looked.status).toBe('PASSWORD_REQUIRED')
    expect(looked._embedded?.user).toEqual({ id: expect.any(String), username: 'ghost' })
    const response = await act(emulator, flow, 'usernamePassword.check', { password: 'x' })
    expect((await errorOf(response)).details?.[0]?.code).toBe('INVALID_CREDENTIALS')
  })

  it('expires a flow after 15 idle minutes, sliding on every read', async () => {
    const { emulator, clock } = setup()
    const flow = await startFlow(emulator)
    const read = () => emulator.handle(new Request(`${base}/flows/${flow.id}`))
    clock.now += 14 * 60 * 1000
    const slid = await (await read()).json()
    expect(slid.expiresAt).toBe(new Date(clock.now + 15 * 60 * 1000).toISOString())
    clock.now += 14 * 60 * 1000
    expect((await read()).status).toBe(200)
    clock.now += 15 * 60 * 1000
    const expired = await read()
    expect(expired.status).toBe(404)
    expect(await errorOf(expired)).toEqual({
      id: expect.any(String),
      code: 'NOT_FOUND',
      message: 'The requested resource was not found.',
    })
    expect((await act(emulator, flow, 'usernamePassword.check', demo)).status).toBe(404)
  })

  it('forgets everything on reset()', async () => {
    const { emulator } = setup()
    const flow = await startFlow(emulator)
    emulator.reset()
    expect((await emulator.handle(new Request(`${base}/flows/${flow.id}`))).status).toBe(404)
  })
})
