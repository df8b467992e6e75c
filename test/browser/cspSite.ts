import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { extname, join, normalize, resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { build } from 'vite'
import { createEmulator, defaultConfig, type EmulatorConfig } from '../../emulator'
import { serveEmulator } from '../../emulator/node'

/** Ports of their own: the dev demo and its emulator (globalSetup) hold 5173 and 4010. */
export const cspSitePort = 5180
export const cspEmulatorPort = 4020
export const cspSiteOrigin = `http://localhost:${cspSitePort}`
export const cspEmulatorOrigin = `http://localhost:${cspEmulatorPort}`

/**
 * The policy a strict host serves its sign-on page with: everything from the page's own origin,
 * nothing inline (no 'unsafe-inline' for scripts or styles), no eval. Beyond `default-src 'self'`:
 * - connect-src names the emulator, which plays PingOne on another origin: the kit calls its
 *   authorize, flows, resume and token endpoints with fetch, as a real host names https://auth.pingone.com.
 * - img-src allows data: URLs so a host can set `--pingone-logo` to an inline SVG; styles still
 *   come only from 'self'.
 * - base-uri 'none' and frame-ancestors 'none' are what a sign-on page sets anyway (no <base>
 *   hijacking, no clickjacking); they do not fall back to default-src, so they are named.
 * - form-action names the emulator too: form-action does not fall back to default-src either, and in
 *   redirect mode and on social sign-on the browser leaves for PingOne's origin.
 */
export function cspHeader(emulatorOrigin = cspEmulatorOrigin): string {
  return [
    "default-src 'self'",
    `connect-src 'self' ${emulatorOrigin}`,
    "img-src 'self' data:",
    "base-uri 'none'",
    `form-action 'self' ${emulatorOrigin}`,
    "frame-ancestors 'none'",
  ].join('; ')
}

/**
 * The demo's environment with its app registered for the CSP site's origin instead of :5173. A
 * wrong password is answered on the password field (`INVALID_VALUE`), so that a field's error state
 * renders under the policy too.
 */
export function cspEmulatorConfig(siteOrigin = cspSiteOrigin): EmulatorConfig {
  return {
    ...defaultConfig,
    wrongPassword: 'INVALID_VALUE',
    applications: defaultConfig.applications.map((app) => ({
      ...app,
      redirectUris: [`${siteOrigin}/`],
      loginPageUrl: `${siteOrigin}/`,
      corsOrigins: [siteOrigin],
    })),
  }
}

const demoRoot = resolve(import.meta.dirname, '../../demo')

/**
 * A production build of the demo (demo/index.html, main.tsx, the kit's styles.css), pointed at the
 * emulator by its VITE_PINGONE_* variables. Production, because Vite's dev server injects inline
 * scripts (HMR client, React refresh preamble) that no strict CSP allows.
 */
export async function buildDemo(outDir: string, env: Record<string, string>): Promise<void> {
  // Vite reads VITE_* from process.env first, and builds React for development when NODE_ENV says
  // so (Vitest sets it to 'test').
  const vars = { ...env, NODE_ENV: 'production' }
  const saved = Object.fromEntries(Object.keys(vars).map((key) => [key, process.env[key]]))
  Object.assign(process.env, vars)
  try {
    await build({
      configFile: false,
      root: demoRoot,
      envDir: outDir, // empty: no local demo/.env reaches this build
      mode: 'production',
      logLevel: 'warn',
      plugins: [react()],
      build: { outDir, emptyOutDir: true },
    })
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key]
      else process.env[key] = value
    }
  }
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
}

/** Serves a folder on `localhost:<port>` with the given Content-Security-Policy on every response. */
export async function serveWithCsp(root: string, port: number, csp: string): Promise<{ close(): Promise<void> }> {
  const server = createServer((request, response) => {
    response.setHeader('Content-Security-Policy', csp)
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname))
    let file = join(root, path)
    if (!file.startsWith(root)) return void response.writeHead(403).end()
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html')
    if (!existsSync(file)) return void response.writeHead(path === '/favicon.ico' ? 204 : 404).end()
    response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' })
    createReadStream(file).pipe(response)
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, 'localhost', resolve)
  })
  return {
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}

/** The demo, built and served under a strict CSP on :5180, against its own emulator on :4020. */
export async function startCspSite(): Promise<{ outDir: string; close(): Promise<void> }> {
  const outDir = mkdtempSync(join(tmpdir(), 'pingone-csp-site-'))
  const closers: (() => Promise<void>)[] = [async () => rmSync(outDir, { recursive: true, force: true })]
  const close = async () => {
    for (const closer of closers.reverse()) await closer()
  }
  try {
    await buildDemo(outDir, {
      VITE_PINGONE_ENVIRONMENT_ID: defaultConfig.environmentId,
      VITE_PINGONE_CLIENT_ID: defaultConfig.applications[0]!.clientId,
      VITE_PINGONE_REDIRECT_URI: `${cspSiteOrigin}/`,
      VITE_PINGONE_AUTH_BASE_URL: cspEmulatorOrigin,
    })
    const emulator = await serveEmulator(createEmulator(cspEmulatorConfig()), { port: cspEmulatorPort, host: 'localhost' })
    closers.push(() => emulator.close())
    const site = await serveWithCsp(outDir, cspSitePort, cspHeader())
    closers.push(() => site.close())
  } catch (error) {
    await close()
    throw error
  }
  return { outDir, close }
}
