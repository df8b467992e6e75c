import { renderToString } from 'react-dom/server'
import { afterEach, expect, it, vi } from 'vitest'
import { defaultConfig } from '../../emulator'

// Server rendering (Next.js, Remix): no window, no document, no storage. The kit must import and
// render its loading step there, and leave every request to the browser.

afterEach(() => vi.unstubAllGlobals())

it('imports without a DOM', async () => {
  expect(typeof window).toBe('undefined')
  const kit = await import('../../src')
  expect(kit.PingOneSignOn).toBeTypeOf('function')
})

it('renders the loading step on the server without calling PingOne', async () => {
  const fetch = vi.fn()
  vi.stubGlobal('fetch', fetch)
  const warnings = vi.spyOn(console, 'error')
  const { PingOneSignOn } = await import('../../src')
  const [app] = defaultConfig.applications
  const html = renderToString(
    <PingOneSignOn
      environmentId={defaultConfig.environmentId}
      clientId={app!.clientId}
      redirectUri={app!.redirectUris[0]!}
      authBaseUrl="https://auth.pingone.com"
    />,
  )
  expect(html).toContain('data-step="loading"')
  expect(html).toContain('Loading…')
  expect(fetch).not.toHaveBeenCalled()
  // React 18 warns here about effects that cannot run on a server.
  expect(warnings).not.toHaveBeenCalled()
})

it('starts nothing on the server when startSignOn is called there', async () => {
  const fetch = vi.fn()
  vi.stubGlobal('fetch', fetch)
  const { PingOneSignOn, startSignOn } = await import('../../src')
  const [app] = defaultConfig.applications
  const config = {
    environmentId: defaultConfig.environmentId,
    clientId: app!.clientId,
    redirectUri: app!.redirectUris[0]!,
    authBaseUrl: 'https://auth.pingone.com',
  }
  const html = renderToString(<PingOneSignOn {...config} started={startSignOn(config)} />)
  expect(html).toContain('data-step="loading"')
  expect(fetch).not.toHaveBeenCalled()
})
