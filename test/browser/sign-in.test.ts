import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { demoUrl, emulatorOrigin, environmentId, launchChromium, recordPingOneRequests } from './browser'

let browser: Browser
let context: BrowserContext
let page: Page
let requests: string[]

beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(() => browser?.close())
beforeEach(async () => {
  context = await browser.newContext()
  requests = recordPingOneRequests(context)
  page = await context.newPage()
})
afterEach(() => context.close())

const signedIn = () => page.getByRole('heading', { name: 'Signed in as demo' })

describe('the demo in Chromium, against the emulator on a second origin', () => {
  it('signs in with the keyboard alone, in the protocol minimum of requests', async () => {
    await page.goto(demoUrl)
    await page.getByLabel('Username').waitFor()
    // From the top of the page: the username is the first stop, then the password, then Enter.
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('autocomplete'))).toBe('username')
    await page.keyboard.type('demo')
    await page.keyboard.press('Tab')
    await page.keyboard.type('Demo-Passw0rd!')
    await page.keyboard.press('Enter')

    await signedIn().waitFor()
    expect(await page.getByText('preferred_username').count()).toBe(1)
    expect(requests).toEqual([
      'GET /as/authorize',
      'POST /flows/:id usernamePassword.check',
      'GET /as/resume',
      'POST /as/token',
    ])
    const [session] = await context.cookies(`${emulatorOrigin}/${environmentId}/as/resume`)
    expect(session).toMatchObject({ name: 'ST', httpOnly: true, path: `/${environmentId}`, sameSite: 'None' })
  })

  it('keeps the username, clears the password and puts focus on it after a wrong password', async () => {
    await page.goto(demoUrl)
    await page.getByLabel('Username').fill('demo')
    await page.getByLabel('Password').fill('wrong password')
    await page.getByRole('button', { name: 'Sign on' }).click()

    await page.getByText(/Incorrect password\. 4 attempts left/).first().waitFor()
    expect(await page.getByLabel('Username').inputValue()).toBe('demo')
    expect(await page.getByLabel('Password').inputValue()).toBe('')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('password')

    await page.keyboard.type('Demo-Passw0rd!')
    await page.keyboard.press('Enter')
    await signedIn().waitFor()
  })

  it('signs in through the social provider’s full-page round trip', async () => {
    await page.goto(demoUrl)
    await page.getByRole('button', { name: 'Continue with Acme ID' }).click()
    await page.getByRole('heading', { name: 'Acme ID' }).waitFor()
    expect(new URL(page.url()).origin).toBe(emulatorOrigin)
    await page.getByRole('button', { name: 'Continue' }).click()

    await signedIn().waitFor()
    expect(new URL(page.url()).search).toBe('')
    expect(requests).toEqual([
      'GET /as/authorize',
      'GET /rp/authenticate',
      'GET /rp/fake-idp',
      'GET /rp/callback/OPENID_CONNECT',
      'GET /flows/:id',
      'GET /as/resume',
      'POST /as/token',
    ])
  })
})
