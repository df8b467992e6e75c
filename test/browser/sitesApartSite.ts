import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createEmulator, defaultConfig, type Emulator, type EmulatorConfig } from '../../emulator'
import { serveEmulator } from '../../emulator/node'
import { tlsCertificate } from '../support/tlsCertificate'
import { buildDemo } from './cspSite'
import { freePort } from './freePort'
import { serveFolder } from './staticServer'

// The app and PingOne on different sites, over https as in production: the demo, built for
// production, on https://app.example.test, and the emulator on https://auth.pingone.test (another
// site: its cookies are third-party to the app), or on the custom domain https://auth.example.test
// (the app's own site). Chromium resolves every *.test name to loopback (--host-resolver-rules)
// and accepts the certificate made here (--ignore-certificate-errors).

/** The names the sites are served under; Chromium maps them all to 127.0.0.1. */
export const hosts = { app: 'app.example.test', pingOne: 'auth.pingone.test', customDomain: 'auth.example.test' }

/** Where a situation's app and PingOne are, and the emulator behind it (for the outbox). */
export type Site = { appUrl: string; authOrigin: string; emulator: Emulator }

/**
 * Two sites: `pingOne`, the demo against PingOne's own domain, and `customDomain`, the demo against
 * a custom domain of the app's site. Each has its own emulator, app port and demo build.
 */
export async function startSitesApart(): Promise<{ pingOne: Site; customDomain: Site; close(): Promise<void> }> {
  const tls = await tlsCertificate(Object.values(hosts))
  const closers: (() => Promise<void>)[] = []
  const close = async () => {
    for (const closer of closers.reverse()) await closer()
  }
  try {
    const start = async (authHost: string, custom: boolean): Promise<Site> => {
      const [appPort, authPort] = [await freePort(), await freePort()]
      const appUrl = `https://${hosts.app}:${appPort}/`
      const authOrigin = `https://${authHost}:${authPort}`
      const emulator = createEmulator(siteConfig(appUrl, custom ? authOrigin : undefined))
      // Chromium asks for the names mapped to 127.0.0.1: PingOne's must be allowed; a custom domain
      // is served as one of config.customDomains already.
      const allowedHosts = custom ? [] : [authHost]
      const auth = await serveEmulator(emulator, { host: '127.0.0.1', port: authPort, tls, allowedHosts })
      closers.push(() => auth.close())
      const outDir = mkdtempSync(join(tmpdir(), 'pingone-sites-apart-'))
      closers.push(async () => rmSync(outDir, { recursive: true, force: true }))
      await buildDemo(outDir, {
        VITE_PINGONE_ENVIRONMENT_ID: defaultConfig.environmentId,
        VITE_PINGONE_CLIENT_ID: defaultConfig.applications[0]!.clientId,
        VITE_PINGONE_REDIRECT_URI: appUrl,
        ...(custom ? { VITE_PINGONE_CUSTOM_DOMAIN: authOrigin } : { VITE_PINGONE_AUTH_BASE_URL: authOrigin }),
      })
      const app = await serveFolder(outDir, { port: appPort, tls })
      closers.push(() => app.close())
      return { appUrl, authOrigin, emulator }
    }
    const pingOne = await start(hosts.pingOne, false)
    const customDomain = await start(hosts.customDomain, true)
    return { pingOne, customDomain, close }
  } catch (error) {
    await close()
    throw error
  }
}

/** The demo environment with its app on `appUrl`, and PingOne also on `customDomain` if given. */
function siteConfig(appUrl: string, customDomain: string | undefined): EmulatorConfig {
  return {
    ...defaultConfig,
    ...(customDomain ? { customDomains: [customDomain] } : {}),
    applications: defaultConfig.applications.map((app) => ({
      ...app,
      redirectUris: [appUrl],
      loginPageUrl: appUrl,
      corsOrigins: [new URL(appUrl).origin],
    })),
  }
}
