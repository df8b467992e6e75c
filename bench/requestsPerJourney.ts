import type { Browser, Page } from 'playwright-core'
import { describeRequest, serveBenchEmulator, type BenchEmulator, type LoggedRequest } from './benchEmulator'
import { openHost } from './hostPage'
import type { Journey } from './journeys'

/** Every request of one journey, and what was sent that the protocol does not need. */
export type JourneyResult = {
  name: string
  /** Requests to the emulator up to the delivered code, preflights included, as `METHOD /path action`. */
  requests: string[]
  /** Non-preflight requests. */
  protocolRequests: number
  preflights: number
  /** The browser's own requests, not the page's: the favicon of the IdP page on the PingOne origin. */
  browserOwn: string[]
  /** Requests beyond the protocol's (a duplicate authorize, a refetch). */
  unneeded: string[]
  /** Protocol requests that were never sent (the journey did not go as expected). */
  missing: string[]
  /** Requests after `focus`, `visibilitychange` and `online`, while the first step showed and once completed. */
  afterEvents: string[]
}

const quietMs = 1000

/**
 * Runs a journey in a new context against a fresh emulator and compares what the emulator
 * received with what the protocol needs. On the first step and again once the code is delivered,
 * the window gets `focus`, `visibilitychange` and `online`, and must then stay quiet for 1 s.
 */
export async function measureJourney(browser: Browser, hostOrigin: string, journey: Journey): Promise<JourneyResult> {
  const emulator = await serveBenchEmulator({ hostOrigin, application: journey.application })
  const hostUrl = `${hostOrigin}/kit/`
  const { context, page } = await openHost(browser, hostUrl, { authBaseUrl: emulator.url })
  try {
    await page.goto(hostUrl)
    await page.locator('input').first().waitFor()
    const onFirstStep = await requestsAfterPageEvents(page, emulator)
    await journey.signOn(page, emulator)
    await page.waitForFunction('window.benchResult !== undefined', null, { timeout: 15_000 })
    const requests = emulator.requests.slice()
    const onCompleted = await requestsAfterPageEvents(page, emulator)
    const browserOwn = requests.filter(isBrowserOwn).map(describeRequest)
    const sent = requests.filter((request) => !request.preflight && !isBrowserOwn(request)).map(describeRequest)
    return {
      name: journey.name,
      requests: requests.map(describeRequest),
      protocolRequests: sent.length,
      preflights: requests.filter((request) => request.preflight).length,
      browserOwn,
      unneeded: without(sent, journey.protocol),
      missing: without(journey.protocol, sent),
      afterEvents: [...onFirstStep, ...onCompleted].map(describeRequest),
    }
  } finally {
    await context.close()
    await emulator.close()
  }
}

const pageEvents = `
  window.dispatchEvent(new Event('focus'))
  document.dispatchEvent(new Event('visibilitychange', { bubbles: true }))
  window.dispatchEvent(new Event('online'))
`

async function requestsAfterPageEvents(page: Page, emulator: BenchEmulator): Promise<LoggedRequest[]> {
  const before = emulator.requests.length
  await page.evaluate(pageEvents)
  await page.waitForTimeout(quietMs)
  return emulator.requests.slice(before)
}

/** Chromium asks a page's origin for its favicon: here the fake IdP page's, on the emulator. */
function isBrowserOwn(request: LoggedRequest): boolean {
  return request.method === 'GET' && request.path === '/favicon.ico'
}

/** `list` without one occurrence of each of `remove` (a multiset difference). */
function without(list: string[], remove: string[]): string[] {
  const left = [...list]
  for (const item of remove) {
    const index = left.indexOf(item)
    if (index >= 0) left.splice(index, 1)
  }
  return left
}
