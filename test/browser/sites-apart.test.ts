import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { environmentId } from './browser'
import { launchProfile } from './chromium'
import { startSitesApart, type Site } from './sitesApartSite'

// The app and PingOne on different sites, over https, in a Chromium whose own setting allows or
// blocks third-party cookies. PingOne binds each flow to the browser with its ST cookies, which are
// third-party cookies to an app on another site: blocked, the first action is refused. On a custom
// domain of the app's site they are first-party, and the sign-on works whatever the setting.
// Run alone: npx vitest run --project browser test/browser/sites-apart.test.ts

let sites: Awaited<ReturnType<typeof startSitesApart>>
beforeAll(async () => {
  sites = await startSitesApart()
}, 180_000)
afterAll(() => sites?.close())

type Row = { situation: string; journey: string; saw: string; onError: string; requests: string[] }
const rows: Row[] = []
afterAll(() => {
  const cell = (text: string) => text.replaceAll('|', '\\|')
  const table = [
    '| situation | journey | what the user saw | onError code | requests made (CORS preflights apart) |',
    '|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.situation} | ${r.journey} | ${cell(r.saw)} | ${r.onError} | ${r.requests.length}: ${r.requests.join(', ')} |`),
  ].join('\n')
  console.log(`\nApp and PingOne on different sites (Chromium, https):\n\n${table}\n`)
})

/** One user's browser on a situation's app: requests to PingOne and the codes the demo's onError logs. */
async function visit(site: Site, thirdPartyCookies: 'allowed' | 'blocked') {
  const profile = await launchProfile(thirdPartyCookies, ['--host-resolver-rules=MAP *.test 127.0.0.1', '--ignore-certificate-errors'])
  const requests = recordRequests(profile.context, site.authOrigin)
  const errors: string[] = []
  const page = profile.context.pages()[0] ?? (await profile.context.newPage())
  page.on('console', (message) => {
    const code = /^Sign-on error: (\S+)/.exec(message.text())?.[1]
    if (code) errors.push(code)
  })
  await page.goto(site.appUrl)
  return { page, requests, errors, close: profile.close }
}

function recordRequests(context: BrowserContext, authOrigin: string): string[] {
  const log: string[] = []
  context.on('request', (request) => {
    const url = new URL(request.url())
    if (url.origin !== authOrigin || request.method() === 'OPTIONS') return
    const action = request.headers()['content-type']?.match(/vnd\.pingidentity\.(.+)\+json/)?.[1]
    const path = url.pathname.replace(`/${environmentId}`, '').replace(/\/flows\/[^/]+/, '/flows/:id').replace(/\/rp\/callback\/.+/, '/rp/callback')
    log.push(`${request.method()} ${path}${action ? ` ${action}` : ''}`)
  })
  return log
}

async function signOn(page: Page, username: string) {
  await page.getByLabel('Username').fill(username)
  await page.getByLabel('Password').fill('Demo-Passw0rd!')
  await page.getByRole('button', { name: 'Sign on' }).click()
}

const signedIn = (page: Page) => page.getByRole('heading', { name: 'Signed in as demo' })

/**
 * One journey in a fresh browser: `run` drives the page and returns what the user saw; the row for
 * the table takes that, the codes onError reported and the requests made.
 */
async function journey(
  site: Site,
  thirdPartyCookies: 'allowed' | 'blocked',
  row: { situation: string; journey: string },
  run: (visited: Visited) => Promise<string>,
) {
  const visited = await visit(site, thirdPartyCookies)
  try {
    const saw = await run(visited)
    rows.push({ ...row, saw, onError: visited.errors.join(', ') || 'none', requests: [...visited.requests] })
  } finally {
    await visited.close()
  }
}

type Visited = Awaited<ReturnType<typeof visit>>

describe('third-party cookies allowed, PingOne on its own site', () => {
  const situation = 'allowed, auth.pingone.test'

  it('signs in with a password', async () => {
    await journey(sites.pingOne, 'allowed', { situation, journey: 'password' }, async ({ page, errors }) => {
      await signOn(page, 'demo')
      await signedIn(page).waitFor()
      expect(errors).toEqual([])
      return 'Signed in as demo'
    })
  })

  it('signs in with MFA by a texted code', async () => {
    await journey(sites.pingOne, 'allowed', { situation, journey: 'MFA, OTP by SMS' }, async ({ page, errors }) => {
      await signOn(page, 'mfa-sms')
      await page.getByRole('heading', { name: 'Enter your code' }).waitFor()
      await page.getByRole('textbox', { name: 'Code' }).fill(sites.pingOne.emulator.outbox().at(-1)!.code)
      await page.getByRole('button', { name: 'Verify' }).click()
      await page.getByRole('heading', { name: 'Signed in as mfa-sms' }).waitFor()
      expect(errors).toEqual([])
      return 'Signed in as mfa-sms'
    })
  })

  it('signs in through the social round trip', async () => {
    await journey(sites.pingOne, 'allowed', { situation, journey: 'social (Acme ID)' }, async ({ page, errors }) => {
      await page.getByRole('button', { name: 'Continue with Acme ID' }).click()
      await page.getByRole('button', { name: 'Continue' }).click()
      await signedIn(page).waitFor()
      expect(new URL(page.url()).origin).toBe(new URL(sites.pingOne.appUrl).origin)
      expect(errors).toEqual([])
      return 'Signed in as demo'
    })
  })
})

describe('third-party cookies blocked by Chromium\'s own setting', () => {
  it('PingOne on its own site: the first action is refused; the user reads why, with Start again', async () => {
    const row = { situation: 'blocked, auth.pingone.test', journey: 'password' }
    await journey(sites.pingOne, 'blocked', row, async ({ page, errors, requests }) => {
      await signOn(page, 'demo')
      await page.getByRole('heading', { name: 'Sign-on interrupted' }).waitFor()
      const saw = await page.getByRole('alert').innerText()
      expect(saw).toBe('Your browser blocked cookies this sign-on needs. Allow cookies for this page, then start again.')
      await page.getByRole('button', { name: 'Start again' }).waitFor()
      expect(errors).toEqual(['COOKIES_BLOCKED'])
      expect(requests).toEqual(['GET /as/authorize', 'POST /flows/:id usernamePassword.check'])
      return `"Sign-on interrupted": ${saw} [Start again]`
    })
  })

  it('PingOne on a custom domain of the app\'s site: signs in', async () => {
    const row = { situation: 'blocked, custom domain auth.example.test', journey: 'password' }
    await journey(sites.customDomain, 'blocked', row, async ({ page, errors }) => {
      await signOn(page, 'demo')
      await signedIn(page).waitFor()
      expect(errors).toEqual([])
      return 'Signed in as demo'
    })
  })
})
