import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createEmulator, defaultConfig, type Emulator, type EmulatorConfig } from '../../emulator'
import { serveEmulator } from '../../emulator/node'
import { buildDemo } from './cspSite'
import { freePort } from './freePort'
import { serveFolder } from './staticServer'

/** A sign-on page that is not the application's login page URL, and the emulator behind it. */
export type PiFlowSite = { appUrl: string; env: string; emulator: Emulator; close(): Promise<void> }

/**
 * The demo built as a page that only signs on with pi.flow (`VITE_PINGONE_LOGIN_PAGE=false`: no
 * `loginPage` prop), on 127.0.0.1, against an emulator of its own that does not check PingOne's
 * flow cookies (`flowCookie: 'optional'`): what stops a flow someone else started is then the kit.
 */
export async function startPiFlowSite(): Promise<PiFlowSite> {
  const [appPort, authPort] = [await freePort(), await freePort()]
  const appUrl = `http://127.0.0.1:${appPort}/`
  const closers: (() => Promise<void>)[] = []
  const close = async () => {
    for (const closer of closers.reverse()) await closer()
  }
  try {
    const emulator = createEmulator(siteConfig(appUrl))
    const auth = await serveEmulator(emulator, { host: '127.0.0.1', port: authPort })
    closers.push(() => auth.close())
    const outDir = mkdtempSync(join(tmpdir(), 'pingone-pi-flow-site-'))
    closers.push(async () => rmSync(outDir, { recursive: true, force: true }))
    await buildDemo(outDir, {
      VITE_PINGONE_ENVIRONMENT_ID: defaultConfig.environmentId,
      VITE_PINGONE_CLIENT_ID: defaultConfig.applications[0]!.clientId,
      VITE_PINGONE_REDIRECT_URI: appUrl,
      VITE_PINGONE_AUTH_BASE_URL: auth.url,
      VITE_PINGONE_LOGIN_PAGE: 'false',
    })
    const app = await serveFolder(outDir, { port: appPort })
    closers.push(() => app.close())
    return { appUrl, env: `${auth.url}/${defaultConfig.environmentId}`, emulator, close }
  } catch (error) {
    await close()
    throw error
  }
}

function siteConfig(appUrl: string): EmulatorConfig {
  return {
    ...defaultConfig,
    flowCookie: 'optional',
    applications: defaultConfig.applications.map((app) => ({
      ...app,
      redirectUris: [appUrl],
      loginPageUrl: appUrl,
      corsOrigins: [new URL(appUrl).origin],
    })),
  }
}
