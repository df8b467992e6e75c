import type { Browser } from 'playwright-core'
import type { BenchEmulator } from './benchEmulator'
import { openHost } from './hostPage'
import { summarize, type Summary } from './stats'

/**
 * The step change to a step few users reach (issue 16): from the click on "Sign on" (mfa-sms's
 * password) to the OTP step in the page, with `latencyMs` added by Chromium to every request (the
 * emulator's answers and the host's own chunks alike).
 */
export type StepChangeResult = {
  label: string
  /** The user spent `pauseMs` on the first step before signing on (the kit prefetches when idle). */
  pauseMs: number
  /** Click to the OTP step's heading in the page, ms. */
  toNextStep: Summary
  /** Loads in which the loading step showed between the two steps (a visible wait for code). */
  loadingShown: number
}

/**
 * Signs mfa-sms on `runs` times in fresh contexts (cold HTTP cache) and times the step change from
 * the password step to the OTP step. One discarded load first warms the disk cache.
 */
export async function measureStepChange(
  browser: Browser,
  target: { label: string; hostUrl: string; emulator: BenchEmulator },
  { runs, latencyMs, pauseMs }: { runs: number; latencyMs: number; pauseMs: number },
): Promise<StepChangeResult> {
  const times: number[] = []
  let loadingShown = 0
  for (let run = -1; run < runs; run++) {
    const { context, page } = await openHost(browser, target.hostUrl, { authBaseUrl: target.emulator.url })
    try {
      const cdp = await context.newCDPSession(page)
      await cdp.send('Network.enable')
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: latencyMs, downloadThroughput: -1, uploadThroughput: -1 })
      await page.goto(target.hostUrl)
      await page.getByLabel('Username').waitFor()
      await page.waitForTimeout(pauseMs)
      await page.getByLabel('Username').fill('mfa-sms')
      await page.getByLabel('Password', { exact: true }).fill('Demo-Passw0rd!')
      // Timed in the page: from the click's event to the first frame holding the OTP step.
      const change = page.evaluate(
        () =>
          new Promise<{ ms: number; loading: boolean }>((resolve) => {
            let clicked = 0
            let loading = false
            document.addEventListener('click', () => (clicked = performance.now()), { capture: true, once: true })
            const observer = new MutationObserver(() => {
              const step = document.querySelector('[data-step]')?.getAttribute('data-step')
              if (clicked && step === 'loading') loading = true
              if (step === 'otp' && document.querySelector('h1')) {
                observer.disconnect()
                resolve({ ms: performance.now() - clicked, loading })
              }
            })
            observer.observe(document.body, { subtree: true, childList: true, attributes: true })
          }),
      )
      await page.getByRole('button', { name: 'Sign on', exact: true }).click()
      const { ms, loading } = await change
      if (run >= 0) {
        times.push(ms)
        if (loading) loadingShown++
      }
    } finally {
      await context.close()
    }
  }
  return { label: target.label, pauseMs, toNextStep: summarize(times), loadingShown }
}
