import { describe, expect, it } from 'vitest'
import { demoUrl, emulatorOrigin, environmentId, chromiumPerTest } from './browser'

const chromium = chromiumPerTest()

const signedIn = () => chromium.page.getByRole('heading', { name: 'Signed in as demo' })

describe('the demo in Chromium, against the emulator on a second origin', () => {
  it('signs in with the keyboard alone, in the protocol minimum of requests', async () => {
    await chromium.page.goto(demoUrl)
    await chromium.page.getByLabel('Username').waitFor()
    // From the top of the page: the username is the first stop, then the password, then Enter.
    await chromium.page.keyboard.press('Tab')
    expect(await chromium.page.evaluate(() => document.activeElement?.getAttribute('autocomplete'))).toBe('username')
    await chromium.page.keyboard.type('demo')
    await chromium.page.keyboard.press('Tab')
    await chromium.page.keyboard.type('Demo-Passw0rd!')
    await chromium.page.keyboard.press('Enter')

    await signedIn().waitFor()
    expect(await chromium.page.getByText('preferred_username').count()).toBe(1)
    expect(chromium.requests).toEqual([
      'GET /as/authorize',
      'POST /flows/:id usernamePassword.check',
      'GET /as/resume',
      // The demo redeems the code with pingone-signon-react/token: discovery, token, JWKS.
      'GET /as/.well-known/openid-configuration',
      'POST /as/token',
      'GET /as/jwks',
    ])
    const cookies = await chromium.context.cookies(`${emulatorOrigin}/${environmentId}/as/resume`)
    expect(cookies.map(({ name, httpOnly, path, sameSite }) => ({ name, httpOnly, path, sameSite }))).toEqual([
      { name: 'ST', httpOnly: true, path: `/${environmentId}`, sameSite: 'None' },
      { name: 'ST-NO-SS', httpOnly: true, path: `/${environmentId}`, sameSite: 'Lax' },
    ])
  })

  it('keeps the username, clears the password and puts focus on it after a wrong password', async () => {
    await chromium.page.goto(demoUrl)
    await chromium.page.getByLabel('Username').fill('demo')
    await chromium.page.getByLabel('Password').fill('wrong password')
    await chromium.page.getByRole('button', { name: 'Sign on' }).click()

    await chromium.page.getByRole('alert').getByText('Incorrect username or password.').waitFor()
    expect(await chromium.page.getByLabel('Username').inputValue()).toBe('demo')
    expect(await chromium.page.getByLabel('Password').inputValue()).toBe('')
    expect(await chromium.page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('password')

    await chromium.page.keyboard.type('Demo-Passw0rd!')
    await chromium.page.keyboard.press('Enter')
    await signedIn().waitFor()
  })

  it('signs in through the social provider’s full-page round trip', async () => {
    await chromium.page.goto(demoUrl)
    await chromium.page.getByRole('button', { name: 'Continue with Acme ID' }).click()
    await chromium.page.getByRole('heading', { name: 'Acme ID' }).waitFor()
    expect(new URL(chromium.page.url()).origin).toBe(emulatorOrigin)
    await chromium.page.getByRole('button', { name: 'Continue' }).click()

    await signedIn().waitFor()
    expect(new URL(chromium.page.url()).search).toBe('')
    expect(chromium.requests).toEqual([
      'GET /as/authorize',
      'GET /rp/authenticate',
      'GET /rp/fake-idp',
      'GET /rp/callback/OPENID_CONNECT',
      'GET /flows/:id',
      'GET /as/resume',
      // The demo redeems the code with pingone-signon-react/token: discovery, token, JWKS.
      'GET /as/.well-known/openid-configuration',
      'POST /as/token',
      'GET /as/jwks',
    ])
  })
})
