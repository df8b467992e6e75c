import { expect, test } from '@playwright/test'
import { pingone } from '../src/pingone'

/** The emulator's environment: `{env}/_emulator/*` resets it and shows its outbox. */
const env = `${pingone.authBaseUrl}/${pingone.environmentId}`

test.beforeEach(async ({ request }) => {
  // Forget every flow, session, code, lockout and message of the last test. The emulator's writes
  // take JSON only, and Playwright's request context sends no Origin, which the emulator allows.
  const reset = await request.post(`${env}/_emulator/reset`, { headers: { 'Content-Type': 'application/json' }, data: {} })
  expect(reset.status()).toBe(204)
})

test('signs the demo user in with username and password', async ({ page }) => {
  await page.goto('/')
  await page.getByLabel('Username', { exact: true }).fill('demo')
  await page.getByLabel('Password', { exact: true }).fill('Demo-Passw0rd!')
  await page.getByRole('button', { name: 'Sign on', exact: true }).click()

  await expect(page.getByRole('heading', { name: 'Signed in' })).toBeVisible()
  await expect(page.getByText('Authorization code received.')).toBeVisible()
})

test('the sign-on starts before the app has loaded, and the provider takes it over', async ({ page }) => {
  // Hold back the app's module (React and the kit come with it) for a second and a half: the
  // authorize, sent by src/main.ts through pingone-signon-react/start, must leave in that time.
  let appReleased = 0
  await page.route('**/src/App.tsx*', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500))
    appReleased = Date.now()
    await route.continue()
  })
  const authorizes: number[] = []
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.endsWith('/as/authorize')) authorizes.push(Date.now())
  })
  await page.goto('/')
  await expect(page.getByLabel('Username', { exact: true })).toBeVisible()
  expect(appReleased).toBeGreaterThan(0)
  expect(authorizes[0]).toBeLessThan(appReleased)
  // One authorize in all: the provider (under StrictMode, mounted twice) took it over.
  expect(authorizes).toHaveLength(1)
})

test('signs mfa-email in with the code the emulator "emailed"', async ({ page, request }) => {
  await page.goto('/')
  await page.getByLabel('Username', { exact: true }).fill('mfa-email')
  await page.getByLabel('Password', { exact: true }).fill('Demo-Passw0rd!')
  await page.getByRole('button', { name: 'Sign on', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Enter your code' })).toBeVisible()

  // The outbox, as JSON: newest first.
  const outbox = await request.get(`${env}/_emulator/outbox?username=mfa-email`, { headers: { Accept: 'application/json' } })
  expect(outbox.ok()).toBe(true)
  const { messages } = (await outbox.json()) as { messages: { channel: string; purpose: string; code: string }[] }
  expect(messages).toHaveLength(1)
  expect(messages[0]).toMatchObject({ channel: 'EMAIL', purpose: 'otp' })

  await page.getByLabel('Code', { exact: true }).fill(messages[0]!.code)
  await page.getByRole('button', { name: 'Verify', exact: true }).click()

  await expect(page.getByRole('heading', { name: 'Signed in' })).toBeVisible()
  await expect(page.getByText('Authorization code received.')).toBeVisible()
})

test('a page origin the application does not allow: the page and the development console say so', async ({ page }) => {
  // app.localhost is this machine too, but not an origin the emulator's application allows (CORS).
  const kitMessages: string[] = []
  page.on('console', (message) => {
    if (message.text().startsWith('[pingone-signon-react]')) kitMessages.push(message.text())
  })
  await page.goto('http://app.localhost:5190/')

  await expect(page.getByRole('alert')).toHaveText(/This sign-on page is not set up correctly/)
  expect(kitMessages).toHaveLength(1)
  expect(kitMessages[0]).toContain('npx pingone-emulator --app-origin http://app.localhost:5190')
})
