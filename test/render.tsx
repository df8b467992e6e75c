import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { RequestHandler } from 'msw'
import type { ReactElement } from 'react'
import { createEmulator, defaultConfig, type EmulatorConfig } from '../emulator'
import { createEmulatorHandlers } from '../emulator/msw'
import { PingOneSignOn, type PingOneSignOnProps } from '../src'
import { server } from './setup'

export const authBaseUrl = 'https://auth.pingone.com'
export const app = defaultConfig.applications[0]!
export const environmentId = defaultConfig.environmentId

/**
 * A fresh emulator mounted on the MSW server at `baseUrl` (default {@link authBaseUrl}), with a log
 * of every request the kit makes: `requests` without the environment id, `urls` in full.
 */
export function mountEmulator(
  config: EmulatorConfig = defaultConfig,
  { baseUrl = authBaseUrl, ...options }: { now?: () => number; baseUrl?: string } = {},
) {
  const emulator = createEmulator(config, options)
  const requests: string[] = []
  const urls: string[] = []
  server.events.removeAllListeners()
  server.events.on('request:start', ({ request }) => {
    urls.push(request.url)
    const url = new URL(request.url)
    const type = request.headers.get('content-type')?.match(/vnd\.pingidentity\.(.+)\+json/)?.[1]
    requests.push(`${request.method} ${url.pathname.replace(`/${environmentId}`, '')}${type ? ` ${type}` : ''}`)
  })
  server.use(...createEmulatorHandlers(emulator, baseUrl).handlers)
  return { emulator, requests, urls }
}

/** The config for one application of the emulator, as props. */
export function propsFor(config: EmulatorConfig = defaultConfig): PingOneSignOnProps & { clientId: string; redirectUri: string } {
  const application = config.applications[0]!
  return {
    environmentId: config.environmentId,
    clientId: application.clientId,
    redirectUri: application.redirectUris[0]!,
    authBaseUrl,
  }
}

/** Renders `<PingOneSignOn>` (or `ui`) against a fresh emulator. */
export function renderSignOn(
  props: Partial<PingOneSignOnProps> = {},
  { config = defaultConfig, wrap = (ui: ReactElement) => ui, now, overrides = [], baseUrl }: {
    config?: EmulatorConfig
    wrap?: (ui: ReactElement) => ReactElement
    now?: () => number
    /** Server answers that take precedence over the emulator's, e.g. a recorded PingOne response. */
    overrides?: RequestHandler[]
    /** Where the emulator is mounted; defaults to {@link authBaseUrl}. */
    baseUrl?: string
  } = {},
) {
  const mounted = mountEmulator(config, { now, baseUrl })
  server.use(...overrides)
  const user = userEvent.setup()
  // Partial props over whole ones: a test may drop clientId and redirectUri for a login page.
  const view = render(wrap(<PingOneSignOn {...({ ...propsFor(config), ...props } as PingOneSignOnProps)} />))
  return { ...mounted, ...view, user }
}

/** The demo config with its application changed. */
export function withApplication(patch: Partial<typeof app>): EmulatorConfig {
  return { ...defaultConfig, applications: [{ ...app, ...patch }] }
}

/** Redeems a delivered code at the emulator's token endpoint, as the host app does. */
export async function redeem(
  result: { code: string; codeVerifier: string; redirectUri: string },
  tokenUrl = `${authBaseUrl}/${environmentId}/as/token`,
) {
  const response = await fetch(tokenUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: app.clientId,
      code: result.code,
      code_verifier: result.codeVerifier,
      redirect_uri: result.redirectUri,
    }),
  })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}
