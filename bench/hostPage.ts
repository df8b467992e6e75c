import type { Browser, BrowserContext, Page } from 'playwright-core'
import { defaultConfig } from '../emulator'
import type { HostSignOnConfig } from './hosts/hostConfig'
import { benchDir } from './paths'

/** A page in a browser context of its own: no cache, no cookies, no storage from earlier loads. */
export type HostPage = { context: BrowserContext; page: Page }

type Options = {
  /** The emulator the kit signs on at; omit for the bare host. */
  authBaseUrl?: string
  /** Records when the first input shows (bench/firstInputProbe.js). */
  probeFirstInput?: boolean
}

/**
 * Opens a fresh context for the host at `hostUrl` (e.g. `http://127.0.0.1:1234/kit/`), with the
 * sign-on config the kit hosts read from `window.benchSignOn`, set before the page's scripts run.
 */
export async function openHost(browser: Browser, hostUrl: string, options: Options = {}): Promise<HostPage> {
  const context = await browser.newContext()
  if (options.authBaseUrl) {
    const config: HostSignOnConfig = {
      environmentId: defaultConfig.environmentId,
      clientId: defaultConfig.applications[0]!.clientId,
      redirectUri: hostUrl,
      authBaseUrl: options.authBaseUrl,
    }
    await context.addInitScript({ content: `window.benchSignOn = ${JSON.stringify(config)}` })
  }
  if (options.probeFirstInput) await context.addInitScript({ path: `${benchDir}firstInputProbe.js` })
  return { context, page: await context.newPage() }
}
