import { describe, expect, it } from 'vitest'
import { defaultConfig, type EmulatorConfig } from '../../emulator'
import { authorizeUrl, errorOf, setup, signIn, startFlow } from './helpers'

// Authorize parameters teams send (issue 15, point 5): acr_values picks a named sign-on policy of the
// application, login_hint names the user on an identifier-first policy, prompt=login and max_age
// keep an existing session from signing the user on.

const [app] = defaultConfig.applications
const withPolicies: EmulatorConfig = {
  ...defaultConfig,
  applications: [{ ...app!, signOnPolicies: [{ name: 'Identifier_First', type: 'identifierFirst' }] }],
}
const identifierFirst: EmulatorConfig = { ...defaultConfig, applications: [{ ...app!, signOnPolicy: 'identifierFirst' }] }

describe('acr_values', () => {
  it('picks the named sign-on policy of the application, the first name it knows', async () => {
    const { emulator } = setup(withPolicies)
    expect((await startFlow(emulator)).status).toBe('USERNAME_PASSWORD_REQUIRED')
    expect((await startFlow(emulator, { acr_values: 'Identifier_First' })).status).toBe('SIGN_ON_REQUIRED')
    expect((await startFlow(emulator, { acr_values: 'Multi_Factor Identifier_First' })).status).toBe('SIGN_ON_REQUIRED')
  })

  it('is refused when it names no policy of the application', async () => {
    const { emulator } = setup(withPolicies)
    const response = await emulator.handle(new Request(authorizeUrl({ response_mode: 'pi.flow', acr_values: 'Multi_Factor' })))
    expect(response.status).toBe(400)
    expect((await errorOf(response)).details?.[0]).toMatchObject({ code: 'INVALID_VALUE', target: 'acr_values' })
  })

  it('keeps the policy when the user starts again (session.reset)', async () => {
    const { emulator } = setup(withPolicies)
    const flow = await startFlow(emulator, { acr_values: 'Identifier_First', login_hint: 'demo' })
    const reset = await emulator.handle(
      new Request(flow._links.self!.href, { method: 'POST', headers: { 'Content-Type': 'application/vnd.pingidentity.session.reset+json' }, body: '{}' }),
    )
    expect(((await reset.json()) as { status: string }).status).toBe('SIGN_ON_REQUIRED')
  })
})

describe('login_hint', () => {
  it('on an identifier-first policy names the user: PASSWORD_REQUIRED, as after user.lookup', async () => {
    const { emulator } = setup(identifierFirst)
    const flow = await startFlow(emulator, { login_hint: 'demo' })
    expect(flow.status).toBe('PASSWORD_REQUIRED')
    expect(flow._embedded?.user?.username).toBe('demo')
  })

  it('does not tell an unknown username from a known one', async () => {
    const { emulator } = setup(identifierFirst)
    const flow = await startFlow(emulator, { login_hint: 'nobody-here' })
    expect(flow.status).toBe('PASSWORD_REQUIRED')
    expect(flow._embedded?.user?.username).toBe('nobody-here')
  })

  it('leaves a username-and-password policy where it starts (the page prefills the field)', async () => {
    const { emulator } = setup()
    expect((await startFlow(emulator, { login_hint: 'demo' })).status).toBe('USERNAME_PASSWORD_REQUIRED')
  })
})

describe('an existing session', () => {
  it('signs the user on again without a password (the control)', async () => {
    const { emulator } = setup()
    await signIn(emulator)
    expect((await startFlow(emulator)).status).toBe('COMPLETED')
  })

  it('does not, with prompt=login', async () => {
    const { emulator } = setup()
    await signIn(emulator)
    expect((await startFlow(emulator, { prompt: 'login' })).status).toBe('USERNAME_PASSWORD_REQUIRED')
  })

  it('does not once it is older than max_age seconds, and does while it is not', async () => {
    const { emulator, clock } = setup()
    await signIn(emulator)
    clock.now += 10 * 60 * 1000
    expect((await startFlow(emulator, { max_age: '300' })).status).toBe('USERNAME_PASSWORD_REQUIRED')
    expect((await startFlow(emulator, { max_age: '3600' })).status).toBe('COMPLETED')
  })

  it('refuses a max_age that is not a whole number of seconds', async () => {
    const { emulator } = setup()
    const response = await emulator.handle(new Request(authorizeUrl({ response_mode: 'pi.flow', max_age: 'soon' })))
    expect(response.status).toBe(400)
    expect((await errorOf(response)).details?.[0]).toMatchObject({ target: 'max_age' })
  })
})
