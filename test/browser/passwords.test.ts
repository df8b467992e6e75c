import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { demoUrl, emulatorOrigin, environmentId, launchChromium } from './browser'

let browser: Browser
let context: BrowserContext
let page: Page

beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(() => browser?.close())
beforeEach(async () => {
  context = await browser.newContext()
  page = await context.newPage()
})
afterEach(() => context.close())

// The demo's emulator lives for the whole run, so each journey uses its own user.
const newPassword = 'Fresh-Start-42'

/** The newest code the emulator "emailed" to `username`, read as a person would from the outbox. */
async function latestCode(username: string, purpose: 'recovery' | 'verification'): Promise<string> {
  const url = `${emulatorOrigin}/${environmentId}/_emulator/outbox?username=${encodeURIComponent(username)}`
  const response = await fetch(url, { headers: { Accept: 'application/json' } })
  const { messages } = (await response.json()) as { messages: { purpose: string; code: string }[] }
  const message = messages.find((m) => m.purpose === purpose)
  if (!message) throw new Error(`No ${purpose} code for ${username}`)
  return message.code
}

async function signOn(username: string) {
  await page.goto(demoUrl)
  await page.getByLabel('Username').fill(username)
  await page.getByLabel('Password').fill('Demo-Passw0rd!')
  await page.getByRole('button', { name: 'Sign on' }).click()
}

describe('passwords and registration in Chromium, against the demo', () => {
  it('changes an expired password and signs in', async () => {
    await signOn('expired')
    await page.getByRole('heading', { name: 'Your password has expired' }).waitFor()
    await page.getByLabel('Current password').fill('Demo-Passw0rd!')
    await page.getByLabel('New password').fill(newPassword)
    expect(await page.getByRole('status').textContent()).toBe('All password requirements met.')
    await page.getByRole('button', { name: 'Change password' }).click()
    await page.getByRole('heading', { name: 'Signed in as expired' }).waitFor()
  })

  it('recovers a forgotten password with the code from the outbox and signs in', async () => {
    await page.goto(demoUrl)
    await page.getByLabel('Username').fill('must-change')
    await page.getByRole('button', { name: 'Forgot password?' }).click()
    await page.getByRole('heading', { name: 'Reset your password' }).waitFor()
    await page.getByRole('button', { name: 'Send code' }).click()

    await page.getByLabel('Recovery code').fill(await latestCode('must-change', 'recovery'))
    await page.getByLabel('New password').fill(newPassword)
    await page.getByRole('button', { name: 'Reset password' }).click()
    await page.getByRole('heading', { name: 'Signed in as must-change' }).waitFor()
  })

  it('registers, verifies the emailed code and signs in', async () => {
    await page.goto(demoUrl)
    await page.getByRole('button', { name: 'Create an account' }).click()
    await page.getByLabel('Username').fill('browser-newbie')
    await page.getByLabel('Email').fill('browser-newbie@example.com')
    await page.getByLabel('Password', { exact: true }).fill(newPassword)
    await page.getByRole('button', { name: 'Create account' }).click()

    await page.getByRole('heading', { name: 'Verify your email' }).waitFor()
    await page.getByLabel('Verification code').fill(await latestCode('browser-newbie', 'verification'))
    await page.getByRole('button', { name: 'Verify' }).click()
    await page.getByRole('heading', { name: 'Signed in as browser-newbie' }).waitFor()
  })
})
