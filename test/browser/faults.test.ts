import { afterEach, describe, expect, it } from 'vitest'
import { chromiumPerTest, demoUrl, emulatorOrigin, environmentId } from './browser'

// Faults a real browser must meet: CORS enforced by Chromium, the third-party ST cookie gone.
// The demo's emulator takes faults over HTTP (POST /_emulator/faults).

const chromium = chromiumPerTest()
const faultsUrl = `${emulatorOrigin}/${environmentId}/_emulator/faults`

async function injectFaults(rules: unknown[]) {
  const response = await fetch(faultsUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ rules }),
  })
  expect(response.status).toBe(200)
}

afterEach(() => injectFaults([]))

const signedIn = () => chromium.page.getByRole('heading', { name: 'Signed in as demo' })

async function typeCredentials() {
  await chromium.page.goto(demoUrl)
  await chromium.page.getByLabel('Username').fill('demo')
  await chromium.page.getByLabel('Password').fill('Demo-Passw0rd!')
}

describe('faults in Chromium, against the emulator on a second origin', () => {
  it('CORS refused on sign-on: the form says PingOne could not be reached, keeps the username, and works again', async () => {
    await typeCredentials()
    await injectFaults([{ on: { endpoint: 'flow', method: 'POST' }, fault: { kind: 'corsRefused' } }])
    await chromium.page.getByRole('button', { name: 'Sign on' }).click()

    await chromium.page.getByRole('alert').getByText('PingOne could not be reached.', { exact: false }).waitFor()
    expect(await chromium.page.getByLabel('Username').inputValue()).toBe('demo')
    expect(await chromium.page.getByLabel('Password').inputValue()).toBe('')

    await chromium.page.getByLabel('Password').fill('Demo-Passw0rd!')
    await chromium.page.getByRole('button', { name: 'Sign on' }).click()
    await signedIn().waitFor()
    // Two sign-on POSTs: the refused one and the user's second try. The kit repeated nothing itself.
    expect(chromium.requests.filter((r) => r === 'POST /flows/:id usernamePassword.check')).toHaveLength(2)
  })

  it('a 503 at the start is retried, and the user never sees it', async () => {
    await injectFaults([{ on: { endpoint: 'authorize' }, fault: { kind: 'status', status: 503, body: 'html' } }])
    await chromium.page.goto(demoUrl)
    await chromium.page.getByLabel('Username').waitFor()
    expect(chromium.requests.filter((r) => r === 'GET /as/authorize')).toHaveLength(2)
  })

  it('the ST cookie blocked as a third-party cookie: resume fails with a clear error and Start again', async () => {
    await typeCredentials()
    await injectFaults([{ on: { endpoint: 'resume' }, fault: { kind: 'dropSession' } }])
    await chromium.page.getByRole('button', { name: 'Sign on' }).click()

    await chromium.page.getByRole('heading', { name: 'Sign-on interrupted' }).waitFor()
    await chromium.page.getByRole('button', { name: 'Start again' }).waitFor()
    expect(chromium.requests.filter((r) => r === 'GET /as/resume')).toHaveLength(1)
    expect(chromium.requests).not.toContain('POST /as/token')
  })
})
