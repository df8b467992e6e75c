import type { Browser, BrowserContext, Page } from 'playwright-core'
import type { BenchEmulator } from './benchEmulator'
import { openHost } from './hostPage'
import { summarize, type Summary } from './stats'

/** What one cold load measured, in ms since navigation start. */
type Load = { firstRender: number; firstInput: number; authorize: { start: number; end: number }[]; authorizeRequests: number }

/**
 * A slower device and network, applied by Chromium to the whole page: the CPU `cpuSlowdown` times
 * slower, `latencyMs` added to every request (the host's files, the emulator's answers, preflights)
 * and `kbps` kilobits per second each way.
 */
export type Throttle = { cpuSlowdown: number; latencyMs: number; kbps: number }

/** A mid-range phone on a slow mobile network (issue 16): 4x CPU, 150 ms per request, 1.6 Mbit/s. */
export const phone: Throttle = { cpuSlowdown: 4, latencyMs: 150, kbps: 1600 }

/** One page to load cold: the bare host, or a kit host against an emulator; throttled if asked. */
export type LoadTarget = { label: string; hostUrl: string; emulator?: BenchEmulator; throttle?: Throttle }

/** The timings of one target over every cold load. */
export type ColdLoadResult = {
  label: string
  /** When the app first put something in the page (the kit: its loading step). */
  firstRender: Summary
  firstInput: Summary
  /** The authorize round trip (resource timing, responseEnd − startTime); absent for the bare host. */
  authorize?: Summary
  /** When authorize was sent (its startTime), and from its responseEnd to the first input. */
  authorizeSent?: Summary
  inputAfterResponse?: Summary
  /** Authorize requests the emulator received per load: more than one is a duplicate. */
  authorizePerLoad: number[]
}

/**
 * Loads every target `runs` times, each in a new browser context (cold HTTP cache), taking the
 * targets in turn so that drift on the machine affects them alike. One load per target first
 * warms the disk cache and is discarded.
 */
export async function measureColdLoads(browser: Browser, targets: LoadTarget[], runs: number): Promise<ColdLoadResult[]> {
  const loads = targets.map(() => [] as Load[])
  for (let run = -1; run < runs; run++) {
    for (const [index, target] of targets.entries()) {
      const load = await loadOnce(browser, target)
      if (run >= 0) loads[index]!.push(load)
    }
  }
  return targets.map((target, index) => {
    const measured = loads[index]!
    const first = measured.flatMap((load) => load.authorize.slice(0, 1).map((timing) => ({ ...timing, load })))
    const summarizeFirst = (value: (timing: (typeof first)[number]) => number) =>
      first.length > 0 ? summarize(first.map(value)) : undefined
    return {
      label: target.label,
      firstRender: summarize(measured.map((load) => load.firstRender)),
      firstInput: summarize(measured.map((load) => load.firstInput)),
      authorize: summarizeFirst((timing) => timing.end - timing.start),
      authorizeSent: summarizeFirst((timing) => timing.start),
      inputAfterResponse: summarizeFirst((timing) => timing.load.firstInput - timing.end),
      authorizePerLoad: measured.map((load) => load.authorizeRequests),
    }
  })
}

const readLoad = `({
  firstRender: window.benchFirstRender,
  firstInput: window.benchFirstInput,
  authorize: performance
    .getEntriesByType('resource')
    .filter((entry) => new URL(entry.name).pathname.endsWith('/as/authorize'))
    .map((entry) => ({ start: entry.startTime, end: entry.responseEnd })),
})`

async function loadOnce(browser: Browser, target: LoadTarget): Promise<Load> {
  const { context, page } = await openHost(browser, target.hostUrl, {
    authBaseUrl: target.emulator?.url,
    probeFirstInput: true,
  })
  const logged = target.emulator?.requests.length ?? 0
  try {
    if (target.throttle) await throttle(context, page, target.throttle)
    await page.goto(target.hostUrl, { waitUntil: 'commit' })
    await page.waitForFunction('window.benchFirstInput !== undefined', null, { timeout: target.throttle ? 60_000 : 15_000 })
    // A second authorize sent just after the first input would reach the emulator within a moment.
    if (target.emulator) await page.waitForTimeout(50)
    const load = (await page.evaluate(readLoad)) as Omit<Load, 'authorizeRequests'>
    const received = target.emulator?.requests.slice(logged) ?? []
    return { ...load, authorizeRequests: received.filter((r) => r.path === '/as/authorize').length }
  } finally {
    await context.close()
  }
}

/** Applies `conditions` to the page through the DevTools protocol, before it loads. */
async function throttle(context: BrowserContext, page: Page, conditions: Throttle) {
  const cdp = await context.newCDPSession(page)
  const bytesPerSecond = (conditions.kbps * 1000) / 8
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: conditions.cpuSlowdown })
  await cdp.send('Network.enable')
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: conditions.latencyMs,
    downloadThroughput: bytesPerSecond,
    uploadThroughput: bytesPerSecond,
  })
}
