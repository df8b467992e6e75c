import type { Page } from 'playwright-core'
import type { EmulatorApplication } from '../emulator'
import type { BenchEmulator } from './benchEmulator'

/** A sign-on from the first step to the code delivered to the host, and what it needs to send. */
export type Journey = {
  name: string
  /** Changes to the demo application for this journey. */
  application?: Partial<EmulatorApplication>
  /**
   * The requests to the PingOne origin the protocol needs, in order, CORS preflights aside: the
   * page's fetches and the browser's navigations through the identity provider.
   */
  protocol: string[]
  /** Drives the page from the first step until the kit hands over the code. */
  signOn(page: Page, emulator: BenchEmulator): Promise<void>
}

const authorize = 'GET /as/authorize'
const resume = 'GET /as/resume'
const action = (name: string) => `POST /flows/:id ${name}`

async function enterPassword(page: Page, username: string) {
  await page.getByLabel('Username').fill(username)
  await page.getByLabel('Password', { exact: true }).fill('Demo-Passw0rd!')
  await page.getByRole('button', { name: 'Sign on', exact: true }).click()
}

/** The four journeys of issue 6, each against a fresh emulator. */
export const journeys: Journey[] = [
  {
    name: 'password',
    protocol: [authorize, action('usernamePassword.check'), resume],
    signOn: (page) => enterPassword(page, 'demo'),
  },
  {
    name: 'identifier-first',
    application: { signOnPolicy: 'identifierFirst' },
    protocol: [authorize, action('user.lookup'), action('usernamePassword.check'), resume],
    async signOn(page) {
      await page.getByLabel('Username').fill('demo')
      await page.getByRole('button', { name: 'Next' }).click()
      await page.getByRole('heading', { name: 'Enter your password' }).waitFor()
      await page.getByLabel('Password', { exact: true }).fill('Demo-Passw0rd!')
      await page.getByRole('button', { name: 'Sign on', exact: true }).click()
    },
  },
  {
    name: 'social (Acme ID)',
    protocol: [
      authorize,
      'GET /rp/authenticate',
      'GET /rp/fake-idp',
      'GET /rp/callback/OPENID_CONNECT',
      'GET /flows/:id',
      resume,
    ],
    async signOn(page) {
      await page.getByRole('button', { name: 'Continue with Acme ID' }).click()
      // The emulator's fake identity provider, on the PingOne origin; back to the host page after.
      await page.getByRole('heading', { name: 'Acme ID' }).waitFor()
      await page.getByRole('button', { name: 'Continue' }).click()
    },
  },
  {
    name: 'OTP (SMS)',
    protocol: [authorize, action('usernamePassword.check'), action('otp.check'), resume],
    async signOn(page, { emulator }) {
      await enterPassword(page, 'mfa-sms')
      await page.getByRole('heading', { name: 'Enter your code' }).waitFor()
      const sent = emulator.outbox().findLast((message) => message.username === 'mfa-sms')
      if (!sent) throw new Error('The emulator sent mfa-sms no code.')
      await page.getByLabel('Code', { exact: true }).fill(sent.code)
      await page.getByRole('button', { name: 'Verify' }).click()
    },
  },
]
