import type { Browser, BrowserContext, Page, Request } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest'
import { launchChromium } from './chromium'

export const demoUrl = 'http://localhost:5173/'
export const emulatorOrigin = 'http://localhost:4010'
export const environmentId = '8f3c0b52-6a8e-4d2b-9d0e-3b1c5a7e9f20'

/**
 * Every request the page sends to the emulator, as `METHOD /path [action]`, flow ids as `:id`.
 * CORS preflights are the browser's own and are not listed.
 */
export function recordPingOneRequests(context: BrowserContext): string[] {
  const log: string[] = []
  context.on('request', (request: Request) => {
    const url = new URL(request.url())
    if (url.origin !== emulatorOrigin || request.method() === 'OPTIONS') return
    const action = request.headers()['content-type']?.match(/vnd\.pingidentity\.(.+)\+json/)?.[1]
    const path = url.pathname.replace(`/${environmentId}`, '').replace(/\/flows\/[^/]+/, '/flows/:id')
    log.push(`${request.method()} ${path}${action ? ` ${action}` : ''}`)
  })
  return log
}

/**
 * Chromium for a test file: one browser, and a fresh context and page for each test with its log
 * of requests to the emulator. Read the fields inside tests (they change per test).
 */
export function chromiumPerTest() {
  const current = {} as { browser: Browser; context: BrowserContext; page: Page; requests: string[] }
  beforeAll(async () => {
    current.browser = await launchChromium()
  })
  afterAll(() => current.browser?.close())
  beforeEach(async () => {
    current.context = await current.browser.newContext()
    current.requests = recordPingOneRequests(current.context)
    current.page = await current.context.newPage()
  })
  afterEach(() => current.context.close())
  return current
}
