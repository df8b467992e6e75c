import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { defaultConfig } from '../../emulator'
import { attacker, browserOverHttp } from '../support/attacker'
import { demoUrl, emulatorOrigin, environmentId, recordPingOneRequests } from './browser'
import { launchChromium } from './chromium'
import { startPiFlowSite, type PiFlowSite } from './piFlowSite'

// Issue 14, finding 1, in a real browser: the attacker (another browser, here Node with a cookie jar
// of its own) starts a flow and sends the victim the app's sign-on page with `?flowId=` of it. The
// victim's Chromium opens that link and signs on; the tests end with what the attacker holds.

const clientId = defaultConfig.applications[0]!.clientId
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
afterEach(() => context?.close())

const link = (appUrl: string, flowId: string) => `${appUrl}?environmentId=${environmentId}&flowId=${flowId}`

async function signOnAsDemo() {
  await page.getByLabel('Username').fill('demo')
  await page.getByLabel('Password').fill('Demo-Passw0rd!')
  await page.getByRole('button', { name: 'Sign on' }).click()
}

describe('a page that signs on with pi.flow only, where PingOne would not refuse the flow', () => {
  let site: PiFlowSite
  beforeAll(async () => {
    site = await startPiFlowSite()
  })
  afterAll(() => site?.close())

  it('account linking: starts its own sign-on; the attacker\'s Globex identity stays unlinked', async () => {
    const them = attacker(site.env, clientId, browserOverHttp())
    const lure = await them.flowToLink('Globex ID')
    expect(lure.status).toBe('ACCOUNT_LINKING_REQUIRED')

    await page.goto(link(site.appUrl, lure.id))
    await page.getByRole('button', { name: 'Sign on', exact: true }).waitFor()
    expect(new URL(page.url()).search).toBe('')
    expect(await page.getByRole('heading', { name: 'Link your Globex ID account' }).count()).toBe(0)
    await signOnAsDemo()
    await page.getByRole('heading', { name: 'Signed in as demo' }).waitFor()

    expect((await them.read(lure.id)).status).toBe('ACCOUNT_LINKING_REQUIRED')
    expect(await them.signInWith('Globex ID')).toBeNull()
  })

  it('session fixation: the victim signs on to a flow of their own; the attacker\'s flow gives them no code', async () => {
    const them = attacker(site.env, clientId, browserOverHttp())
    const lure = await them.start()

    await page.goto(link(site.appUrl, lure.id))
    await signOnAsDemo()
    await page.getByRole('heading', { name: 'Signed in as demo' }).waitFor()

    expect((await them.read(lure.id)).status).toBe('USERNAME_PASSWORD_REQUIRED')
    expect(await them.tokensFrom(lure.id)).toBeNull()
  })
})

describe('the login page URL (redirect mode), where PingOne binds the flow to the browser that started it', () => {
  it('account linking: the first read is refused, with the cookie message; nothing is posted to the flow', async () => {
    const requests = recordPingOneRequests(context)
    const them = attacker(`${emulatorOrigin}/${environmentId}`, clientId, browserOverHttp())
    const lure = await them.flowToLink('Globex ID')

    await page.goto(link(demoUrl, lure.id))

    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Your browser blocked cookies this sign-on needs')
    expect(requests).toEqual(['GET /flows/:id'])
    expect((await them.read(lure.id)).status).toBe('ACCOUNT_LINKING_REQUIRED')

    await page.getByRole('button', { name: 'Start again' }).click()
    await page.getByRole('button', { name: 'Sign on', exact: true }).waitFor()
    expect(new URL(page.url()).search).toBe('')
  })

  it('session fixation: the attacker\'s flow is refused too, and stays theirs alone', async () => {
    const them = attacker(`${emulatorOrigin}/${environmentId}`, clientId, browserOverHttp())
    const lure = await them.start()

    await page.goto(link(demoUrl, lure.id))

    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Your browser blocked cookies this sign-on needs')
    expect((await them.read(lure.id)).status).toBe('USERNAME_PASSWORD_REQUIRED')
    expect(await them.tokensFrom(lure.id)).toBeNull()
  })
})
