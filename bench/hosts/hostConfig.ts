import type { SignOnResult, StartedSignOn } from 'pingone-signon-react'

/** Where a kit host signs on: the harness sets it (an init script) before the page's scripts run. */
export type HostSignOnConfig = {
  environmentId: string
  clientId: string
  redirectUri: string
  authBaseUrl: string
}

declare global {
  interface Window {
    benchSignOn?: HostSignOnConfig
    /** Set when `<PingOneSignOn>` delivers the code: the journey is over. */
    benchResult?: SignOnResult
    /** The sign-on the start host's first module started (`pingone-signon-react/start`), for its app. */
    pingOneStarted?: StartedSignOn
  }
}

/** The sign-on config the harness gave this page. */
export function hostSignOnConfig(): HostSignOnConfig {
  if (!window.benchSignOn) throw new Error('No window.benchSignOn: open this page through `npm run bench`.')
  return window.benchSignOn
}

/** What the host does with the code: keeps it where the harness can see it (a real host redeems it). */
export function keepResult(result: SignOnResult) {
  window.benchResult = result
}
