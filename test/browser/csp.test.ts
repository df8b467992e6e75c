import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { environmentId } from './browser'
import { launchChromium } from './chromium'
import { cspEmulatorOrigin, cspHeader, cspSiteOrigin, startCspSite } from './cspSite'

// "No style injected at run time": the demo, built for production with the kit's stylesheet, served
// under `default-src 'self'` with no 'unsafe-inline' and no 'unsafe-eval', signs in with zero CSP
// violations and is styled. Run alone: npx vitest run --project browser test/browser/csp.test.ts

type Violation = { directive: string; blockedURI: string; sample: string }
type Recorded = { cspViolations: Violation[] }

let site: Awaited<ReturnType<typeof startCspSite>>
let browser: Browser
let context: BrowserContext
let page: Page
let consoleErrors: string[]
let pageErrors: string[]

beforeAll(async () => {
  site = await startCspSite()
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
  await site?.close()
})

beforeEach(async () => {
  context = await browser.newContext({ colorScheme: 'light' })
  page = await context.newPage()
  consoleErrors = []
  pageErrors = []
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text())
  })
  page.on('pageerror', (error) => pageErrors.push(String(error)))
  // Runs before any of the page's scripts, in every document: records what the CSP blocks.
  await page.addInitScript(() => {
    const recorded = window as unknown as Recorded
    recorded.cspViolations = []
    document.addEventListener('securitypolicyviolation', (event) => {
      recorded.cspViolations.push({
        directive: event.violatedDirective,
        blockedURI: event.blockedURI,
        sample: event.sample,
      })
    })
  })
})
afterEach(() => context?.close())

const violations = () => page.evaluate(() => (window as unknown as Recorded).cspViolations)

/** Console errors other than the browser's own note on an HTTP error status (a wrong password is a 400). */
const unexpectedConsoleErrors = () =>
  consoleErrors.filter((text) => !/^Failed to load resource: the server responded with a status of 4\d\d\b/.test(text))

/** Opens the CSP site and waits for the kit's first step; says what the page reported if it never comes. */
async function openSite() {
  await page.goto(`${cspSiteOrigin}/`)
  try {
    await page.getByLabel('Username').waitFor({ timeout: 15_000 })
  } catch (error) {
    const seen = { violations: await violations(), pageErrors, consoleErrors }
    throw new Error(`The kit did not render under the CSP: ${JSON.stringify(seen, null, 2)}`, { cause: error })
  }
}

async function signOn(username: string, password = 'Demo-Passw0rd!') {
  await page.getByLabel('Username').fill(username)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Sign on' }).click()
}

/** `--pingone-accent` as the stylesheet declares it, as Chromium computes it (`rgb(…)`). */
async function accentFromStylesheet(): Promise<string> {
  const css = readFileSync(resolve(import.meta.dirname, '../../src/styles.css'), 'utf8')
  const accent = /--pingone-accent\s*:\s*([^;]+);/.exec(css)?.[1]?.trim()
  expect(accent, '--pingone-accent in src/styles.css').toBeTruthy()
  const blank = await context.newPage() // about:blank: no CSP there, so the probe cannot trip ours
  try {
    return await blank.evaluate((value) => {
      const probe = document.body.appendChild(document.createElement('span'))
      probe.style.color = value
      return getComputedStyle(probe).color
    }, accent!)
  } finally {
    await blank.close()
  }
}

describe('the kit under a strict Content-Security-Policy (production build of the demo)', () => {
  it('serves the page with the policy, and the build has no inline script or style', async () => {
    const response = await fetch(`${cspSiteOrigin}/`)
    expect(response.status).toBe(200)
    const policy = response.headers.get('content-security-policy')
    expect(policy).toBe(cspHeader())
    expect(policy).toContain("default-src 'self'")
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|nonce-|sha\d+-/)
    expect(policy).not.toMatch(/(script|style)-src/) // both fall back to default-src 'self'

    const html = await response.text()
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/) // every script is a file
    expect(html).not.toMatch(/<style[\s>]|\sstyle=/)
    const stylesheet = /<link rel="stylesheet"[^>]*href="([^"]+)"/.exec(html)?.[1]
    expect(stylesheet).toBeTruthy()
    const css = await fetch(new URL(stylesheet!, cspSiteOrigin))
    expect(css.headers.get('content-type')).toMatch(/^text\/css/)
    expect(await css.text()).toContain('[data-pingone-signon]') // the kit's styles.css is in the bundle
  })

  it('signs in with zero violations, styled by the stylesheet; then proves the policy is enforced', async () => {
    await openSite()
    const signOnButton = page.getByRole('button', { name: 'Sign on' })

    // Styled without inline styles: the primary button wears the stylesheet's accent colour,
    // not Chromium's default button face or a transparent background.
    const accent = await accentFromStylesheet()
    const background = await signOnButton.evaluate((button) => getComputedStyle(button).backgroundColor)
    expect(background).toBe(accent)
    expect(background).not.toMatch(/^rgba\(0, 0, 0, 0\)$|^rgb\(2[34]\d, 2[34]\d, 2[34]\d\)$/)
    expect(await page.locator('[data-pingone-signon]').evaluate((root) => getComputedStyle(root).getPropertyValue('--pingone-accent'))).not.toBe('')

    await signOn('demo')
    await page.getByRole('heading', { name: 'Signed in as demo' }).waitFor()
    expect(await violations()).toEqual([])
    expect(pageErrors).toEqual([])
    expect(consoleErrors).toEqual([])

    // The harness can fail: on the same page, an injected <style>, an inline script and a style
    // attribute written as markup are each blocked and reported.
    await page.evaluate(() => {
      document.head.append(Object.assign(document.createElement('style'), { textContent: 'body { color: red }' }))
      document.body.append(Object.assign(document.createElement('script'), { textContent: 'window.inlineRan = true' }))
      document.body.insertAdjacentHTML('beforeend', '<p id="attr" style="color: red">x</p>')
    })
    await expect
      .poll(async () => (await violations()).map((v) => v.directive).sort())
      .toEqual(['script-src-elem', 'style-src-attr', 'style-src-elem'])
    expect((await violations()).every((v) => v.blockedURI === 'inline')).toBe(true)
    expect(await page.evaluate(() => (window as unknown as { inlineRan?: boolean }).inlineRan)).toBeUndefined()
    expect(await page.evaluate(() => getComputedStyle(document.body).color)).not.toBe('rgb(255, 0, 0)')
    expect(await page.locator('#attr').evaluate((p) => getComputedStyle(p).color)).not.toBe('rgb(255, 0, 0)')
    expect(consoleErrors.some((text) => text.includes('Content Security Policy'))).toBe(true)
  })

  it('shows a wrong-password alert, then the OTP step, with zero violations', async () => {
    await openSite()
    await signOn('mfa-sms', 'wrong password')
    await page.getByRole('alert').filter({ hasText: /Incorrect password/ }).first().waitFor()
    expect(await page.getByLabel('Password').getAttribute('aria-invalid')).toBe('true')

    await page.getByLabel('Password').fill('Demo-Passw0rd!')
    await page.getByRole('button', { name: 'Sign on' }).click()
    await page.getByRole('heading', { name: 'Enter your code' }).waitFor()
    const outbox = await fetch(`${cspEmulatorOrigin}/${environmentId}/_emulator/outbox?username=mfa-sms`, {
      headers: { Accept: 'application/json' },
    })
    const { messages } = (await outbox.json()) as { messages: { code: string }[] }
    await page.getByLabel('Code', { exact: true }).fill(messages[0]!.code)
    await page.getByRole('button', { name: 'Verify' }).click()
    await page.getByRole('heading', { name: 'Signed in as mfa-sms' }).waitFor()

    expect(await violations()).toEqual([])
    expect(pageErrors).toEqual([])
    expect(unexpectedConsoleErrors()).toEqual([])
  })

  it('renders the terms step, whose React style props go through CSSOM, with zero violations', async () => {
    await openSite()
    await signOn('terms')
    await page.getByRole('heading', { name: 'Review the terms' }).waitFor()
    const terms = page.getByRole('region', { name: 'Terms of service' })
    expect(await terms.evaluate((region) => getComputedStyle(region).overflowY)).toBe('auto')
    await page.getByRole('button', { name: 'Accept' }).click()
    await page.getByRole('heading', { name: 'Signed in as terms' }).waitFor()

    expect(await violations()).toEqual([])
    expect(pageErrors).toEqual([])
    expect(unexpectedConsoleErrors()).toEqual([])
  })
})
