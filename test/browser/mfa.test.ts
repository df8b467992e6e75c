import { describe, expect, it } from 'vitest'
import { demoSecurityKey } from '../../emulator/config/demoSecurityKey'
import { demoUrl, emulatorOrigin, environmentId, chromiumPerTest } from './browser'

const chromium = chromiumPerTest()

const emulatorPage = (path: string) => `${emulatorOrigin}/${environmentId}/_emulator/${path}`
const flowReads = () => chromium.requests.filter((r) => r === 'GET /flows/:id').length

async function signOn(username: string) {
  await chromium.page.goto(demoUrl)
  await chromium.page.getByLabel('Username').fill(username)
  await chromium.page.getByLabel('Password').fill('Demo-Passw0rd!')
  await chromium.page.getByRole('button', { name: 'Sign on' }).click()
}

describe('MFA in Chromium against the emulator', () => {
  it('signs in with the code texted to the phone, read from the emulator’s outbox', async () => {
    await signOn('mfa-sms')
    await chromium.page.getByRole('heading', { name: 'Enter your code' }).waitFor()
    const outbox = await fetch(`${emulatorPage('outbox')}?username=mfa-sms`, { headers: { Accept: 'application/json' } })
    const { messages } = (await outbox.json()) as { messages: { code: string; channel: string }[] }
    expect(messages[0]?.channel).toBe('SMS')
    await chromium.page.getByLabel('Code', { exact: true }).fill(messages[0]!.code)
    await chromium.page.getByRole('button', { name: 'Verify' }).click()
    await chromium.page.getByRole('heading', { name: 'Signed in as mfa-sms' }).waitFor()
  })

  it('signs in when the push is approved on the emulator’s push page while the page polls', async () => {
    await signOn('mfa-push')
    await chromium.page.getByRole('heading', { name: 'Approve the sign-on on your phone' }).waitFor()
    await expect.poll(flowReads, { timeout: 10_000 }).toBeGreaterThanOrEqual(2)

    const phone = await chromium.context.newPage()
    await phone.goto(emulatorPage('push'))
    await phone.getByText(/^mfa-push on Work phone/).waitFor()
    await phone.getByRole('button', { name: 'Approve' }).click()
    await phone.getByText('No sign-on is waiting for a push answer.').waitFor()

    await chromium.page.getByRole('heading', { name: 'Signed in as mfa-push' }).waitFor()
    expect(flowReads()).toBeGreaterThanOrEqual(3)
    // The phone's page is on the emulator's origin too: only the sign-on page's requests count here.
    expect(chromium.requests.filter((r) => r !== 'GET /flows/:id' && !r.includes(' /_emulator/'))).toEqual([
      'GET /as/authorize',
      'POST /flows/:id usernamePassword.check',
      'GET /as/resume',
      // The demo redeems the code with pingone-signon-react/token: discovery, token, JWKS.
      'GET /as/.well-known/openid-configuration',
      'POST /as/token',
      'GET /as/jwks',
    ])
  })

  it('signs in with a security key through Chromium’s virtual authenticator', async () => {
    const cdp = await chromium.context.newCDPSession(chromium.page)
    await cdp.send('WebAuthn.enable')
    const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: {
        protocol: 'ctap2',
        transport: 'usb',
        hasResidentKey: false,
        hasUserVerification: true,
        isUserVerified: true,
      },
    })
    await cdp.send('WebAuthn.addCredential', {
      authenticatorId,
      credential: {
        credentialId: Buffer.from(demoSecurityKey.credentialId, 'base64url').toString('base64'),
        isResidentCredential: false,
        rpId: 'localhost',
        privateKey: demoSecurityKey.privateKey,
        signCount: 0,
      },
    })

    await signOn('mfa-key')
    await chromium.page.getByRole('button', { name: 'Use security key' }).click()
    await chromium.page.getByRole('heading', { name: 'Signed in as mfa-key' }).waitFor()
    expect(chromium.requests).toContain('POST /flows/:id assertion.check')
  })
})
