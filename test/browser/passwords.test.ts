import { describe, expect, it } from 'vitest'
import { demoUrl, emulatorOrigin, environmentId, chromiumPerTest } from './browser'

const chromium = chromiumPerTest()

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
  await chromium.page.goto(demoUrl)
  await chromium.page.getByLabel('Username').fill(username)
  await chromium.page.getByLabel('Password').fill('Demo-Passw0rd!')
  await chromium.page.getByRole('button', { name: 'Sign on' }).click()
}

describe('passwords and registration in Chromium, against the demo', () => {
  it('changes an expired password and signs in', async () => {
    await signOn('expired')
    await chromium.page.getByRole('heading', { name: 'Your password has expired' }).waitFor()
    await chromium.page.getByLabel('Current password').fill('Demo-Passw0rd!')
    await chromium.page.getByLabel('New password').fill(newPassword)
    expect(await chromium.page.getByRole('status').textContent()).toBe('All password requirements met.')
    await chromium.page.getByRole('button', { name: 'Change password' }).click()
    await chromium.page.getByRole('heading', { name: 'Signed in as expired' }).waitFor()
  })

  it('recovers a forgotten password with the code from the outbox and signs in', async () => {
    await chromium.page.goto(demoUrl)
    await chromium.page.getByLabel('Username').fill('must-change')
    await chromium.page.getByRole('button', { name: 'Forgot password?' }).click()
    await chromium.page.getByRole('heading', { name: 'Reset your password' }).waitFor()
    await chromium.page.getByRole('button', { name: 'Send code' }).click()

    await chromium.page.getByLabel('Recovery code').fill(await latestCode('must-change', 'recovery'))
    await chromium.page.getByLabel('New password').fill(newPassword)
    await chromium.page.getByRole('button', { name: 'Reset password' }).click()
    await chromium.page.getByRole('heading', { name: 'Signed in as must-change' }).waitFor()
  })

  it('registers, verifies the emailed code and signs in', async () => {
    await chromium.page.goto(demoUrl)
    await chromium.page.getByRole('button', { name: 'Create an account' }).click()
    await chromium.page.getByLabel('Username').fill('browser-newbie')
    await chromium.page.getByLabel('Email').fill('browser-newbie@example.com')
    await chromium.page.getByLabel('Password', { exact: true }).fill(newPassword)
    await chromium.page.getByRole('button', { name: 'Create account' }).click()

    await chromium.page.getByRole('heading', { name: 'Verify your email' }).waitFor()
    await chromium.page.getByLabel('Verification code').fill(await latestCode('browser-newbie', 'verification'))
    await chromium.page.getByRole('button', { name: 'Verify' }).click()
    await chromium.page.getByRole('heading', { name: 'Signed in as browser-newbie' }).waitFor()
  })
})
