import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createEmulator, defaultConfig } from '../../emulator'
import { serveEmulator } from '../../emulator/node'
import { launchChromium } from './chromium'
import { buildDemo } from './cspSite'
import { freePort } from './freePort'
import { serveFolder } from './staticServer'

// The steps few users reach load on demand (src/steps/lazy). Here in a production build of the demo,
// as Vite splits it without any configuration: the first step loads none of their code, their chunk
// arrives when the browser is idle, a step whose chunk is late keeps the step before on screen, and
// a chunk that cannot be fetched says so and is tried again.
const onDemand = /\/assets\/onDemand-[\w-]+\.js$/

let browser: Browser
let site: { url: string; close(): Promise<void> }
let emulator: { close(): Promise<void> }
let outDir: string

beforeAll(async () => {
  const [sitePort, emulatorPort] = [await freePort(), await freePort()]
  const siteOrigin = `http://127.0.0.1:${sitePort}`
  const emulatorOrigin = `http://127.0.0.1:${emulatorPort}`
  outDir = mkdtempSync(join(tmpdir(), 'pingone-lazy-steps-'))
  await buildDemo(outDir, {
    VITE_PINGONE_ENVIRONMENT_ID: defaultConfig.environmentId,
    VITE_PINGONE_CLIENT_ID: defaultConfig.applications[0]!.clientId,
    VITE_PINGONE_REDIRECT_URI: `${siteOrigin}/`,
    VITE_PINGONE_AUTH_BASE_URL: emulatorOrigin,
  })
  const config = {
    ...defaultConfig,
    applications: defaultConfig.applications.map((app) => ({
      ...app,
      redirectUris: [`${siteOrigin}/`],
      loginPageUrl: `${siteOrigin}/`,
      corsOrigins: [siteOrigin],
    })),
  }
  emulator = await serveEmulator(createEmulator(config), { port: emulatorPort, host: '127.0.0.1' })
  site = await serveFolder(outDir, { port: sitePort })
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await site?.close()
  await emulator?.close()
  if (outDir) rmSync(outDir, { recursive: true, force: true })
})

/** A fresh page that notes when the first step appeared, and whether the loading step showed after that. */
async function openDemo(): Promise<Page> {
  const context = await browser.newContext()
  await context.addInitScript(() => {
    const notes = ((globalThis as Record<string, unknown>).lazyNotes = { firstStepAt: 0, loadingAfterFirstStep: false })
    new MutationObserver(() => {
      const step = document.querySelector('[data-step]')?.getAttribute('data-step')
      const loading = document.querySelector('[data-slot="spinner"], [role="status"]')
      if (!notes.firstStepAt && step === 'usernamePassword') notes.firstStepAt = performance.now()
      else if (notes.firstStepAt && loading) notes.loadingAfterFirstStep = true
    }).observe(document, { subtree: true, childList: true, attributes: true })
  })
  return context.newPage()
}

const notes = (page: Page) =>
  page.evaluate(() => (globalThis as Record<string, unknown>).lazyNotes as { firstStepAt: number; loadingAfterFirstStep: boolean })

async function signOnAsMfaSms(page: Page) {
  await page.getByLabel('Username').fill('mfa-sms')
  await page.getByLabel('Password', { exact: true }).fill('Demo-Passw0rd!')
  await page.getByRole('button', { name: 'Sign on', exact: true }).click()
}

describe('steps few users reach, in a production build', () => {
  it('are no part of the first load: their chunk is fetched after the first step shows, when the browser is idle', async () => {
    const page = await openDemo()
    try {
      await page.goto(`${site.url}/`)
      await page.getByLabel('Username').waitFor()
      // The chunk (the steps and their English) arrives without anyone asking, once.
      const fetched = () =>
        page.evaluate(
          (source) => performance.getEntriesByType('resource').filter((e) => new RegExp(source).test(e.name)).map((e) => e.startTime),
          onDemand.source,
        )
      await expect.poll(async () => (await fetched()).length, { timeout: 15_000 }).toBe(1)
      const { firstStepAt } = await notes(page)
      expect(firstStepAt).toBeGreaterThan(0)
      expect((await fetched())[0]).toBeGreaterThan(firstStepAt)
    } finally {
      await page.context().close()
    }
  })

  it('keep the step before on screen while a late chunk arrives, with no loading step in between', async () => {
    const page = await openDemo()
    let release = () => {}
    const released = new Promise<void>((resolve) => (release = resolve))
    await page.route(onDemand, async (route) => {
      await released
      await route.continue()
    })
    try {
      await page.goto(`${site.url}/`)
      await signOnAsMfaSms(page)
      // PingOne has answered (OTP_REQUIRED); the chunk is held: the password step stays, busy.
      await page.waitForTimeout(500)
      expect(await page.getByRole('heading', { name: 'Sign on' }).isVisible()).toBe(true)
      release()
      await page.getByRole('heading', { name: 'Enter your code' }).waitFor()
      expect((await notes(page)).loadingAfterFirstStep).toBe(false)
    } finally {
      release()
      await page.context().close()
    }
  })

  it('say so when a chunk cannot be fetched, and go on with the same flow when tried again', async () => {
    const page = await openDemo()
    let failing = true
    await page.route(onDemand, (route) => (failing ? route.abort('internetdisconnected') : route.continue()))
    try {
      await page.goto(`${site.url}/`)
      await page.getByLabel('Username').waitFor()
      await signOnAsMfaSms(page)
      await page.getByRole('alert').waitFor()
      expect(await page.getByRole('alert').textContent()).toBe('Part of this page could not be loaded. Check your connection and try again.')
      failing = false
      await page.getByRole('button', { name: 'Try again' }).click()
      // The same flow: the code PingOne sent for this sign-on is asked for, no new sign-on began.
      await page.getByRole('heading', { name: 'Enter your code' }).waitFor()
    } finally {
      await page.context().close()
    }
  })
})
