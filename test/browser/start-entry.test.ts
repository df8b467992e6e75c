import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { build } from 'esbuild'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createEmulator, defaultConfig } from '../../emulator'
import { serveEmulator, type EmulatorServer } from '../../emulator/node'
import { launchChromium } from './chromium'
import { cspEmulatorConfig } from './cspSite'
import { freePort } from './freePort'

// Issue 16, point 6: `pingone-signon-react/start` sends the authorize while the page's main bundle
// (React and the kit) is still downloading. The page loads the start entry as the tiny first module
// of its entry, which then `import()`s the app (modulepreloaded, as a bundler's HTML does). The
// static server trickles the app's bundle over 1.5 s; the emulator and the server note when the
// authorize arrived and when the bundle's last byte left. Ports of its own (free ones), off those
// of the dev demo, the CSP site and the recipes.

const repo = resolve(import.meta.dirname, '../..')
const trickleMs = 1500

let browser: Browser
let dir: string
let site: Server
let siteOrigin: string
let emulator: EmulatorServer
/** When things happened, in ms since the epoch, on this process's clock. */
const log: { authorize: number[]; appSent?: number; appRequested?: number } = { authorize: [] }

beforeAll(async () => {
  const [sitePort, emulatorPort] = [await freePort(), await freePort()]
  siteOrigin = `http://localhost:${sitePort}`
  const served = createEmulator(cspEmulatorConfig(siteOrigin))
  const handle = (request: Request) => {
    if (request.method === 'GET' && new URL(request.url).pathname.endsWith('/as/authorize')) log.authorize.push(Date.now())
    return served.handle(request)
  }
  emulator = await serveEmulator({ ...served, handle }, { port: emulatorPort, host: 'localhost' })
  dir = mkdtempSync(join(tmpdir(), 'pingone-start-entry-'))
  await buildPage(dir, {
    environmentId: defaultConfig.environmentId,
    clientId: defaultConfig.applications[0]!.clientId,
    redirectUri: `${siteOrigin}/`,
    authBaseUrl: emulator.url,
  })
  site = await serveTrickling(dir, sitePort)
  browser = await launchChromium()
}, 60_000)

afterAll(async () => {
  await browser?.close()
  await new Promise((done) => site?.close(done))
  site?.closeAllConnections()
  await emulator?.close()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

it('sends the authorize before the main bundle has downloaded, and the provider takes it over', async () => {
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(String(error)))
    await page.goto(`${siteOrigin}/`)
    await page.getByLabel('Username').waitFor({ timeout: 15_000 })
    expect(errors).toEqual([])
    // One authorize, the start entry's: the provider took it over instead of sending its own.
    expect(log.authorize).toHaveLength(1)
    const [authorize] = log.authorize as [number]
    // It arrived while the bundle was still trickling down, well before its last byte left.
    expect(log.appRequested).toBeDefined()
    expect(log.appSent).toBeDefined()
    expect(authorize).toBeLessThan(log.appSent! - trickleMs / 2)
    // And the page signs on with it.
    await page.getByLabel('Username').fill('demo')
    await page.getByLabel('Password', { exact: true }).fill('Demo-Passw0rd!')
    await page.getByRole('button', { name: 'Sign on', exact: true }).click()
    await page.getByText('Signed in with a code').waitFor({ timeout: 15_000 })
    expect(log.authorize).toHaveLength(1)
  } finally {
    await context.close()
  }
})

type PageConfig = { environmentId: string; clientId: string; redirectUri: string; authBaseUrl: string }

/**
 * The page: index.html, `start.js` (the start entry and the `import()` of the app) and `app.js`
 * (React, react-dom and the kit, from the repository's sources), bundled for production.
 */
async function buildPage(outDir: string, config: PageConfig) {
  const common = {
    bundle: true,
    format: 'esm',
    minify: true,
    write: true,
    absWorkingDir: repo,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  } as const
  const json = JSON.stringify(config)
  await build({
    ...common,
    stdin: {
      contents: `import { startSignOn } from './src/start'
window.pingOneStarted = startSignOn(${json})
void import('./app.js')`,
      resolveDir: repo,
      loader: 'ts',
    },
    external: ['./app.js'],
    outfile: join(outDir, 'start.js'),
  })
  await build({
    ...common,
    stdin: {
      contents: `import { createElement as h, useState } from 'react'
import { createRoot } from 'react-dom/client'
import { PingOneSignOn } from './src'
function App() {
  const [result, setResult] = useState()
  return result ? h('p', null, 'Signed in with a code') : h(PingOneSignOn, { ...${json}, started: window.pingOneStarted, onComplete: setResult })
}
createRoot(document.getElementById('root')).render(h(App))`,
      resolveDir: repo,
      loader: 'tsx',
    },
    outfile: join(outDir, 'app.js'),
  })
  writeFileSync(
    join(outDir, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sign on</title>
<link rel="modulepreload" href="/app.js">
<script type="module" src="/start.js"></script>
</head><body><div id="root"></div></body></html>`,
  )
}

/** Serves `root`, sending `app.js` in slices over {@link trickleMs} (a slow network, for the big bundle only). */
async function serveTrickling(root: string, port: number): Promise<Server> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname
    const file = { '/': 'index.html', '/start.js': 'start.js', '/app.js': 'app.js' }[path]
    if (!file) return void response.writeHead(404).end()
    const body = readFileSync(join(root, file))
    response.writeHead(200, { 'Content-Type': file.endsWith('.html') ? 'text/html; charset=utf-8' : 'text/javascript; charset=utf-8' })
    if (file !== 'app.js') return void response.end(body)
    log.appRequested = Date.now()
    const slices = 10
    const size = Math.ceil(body.length / slices)
    let sent = 0
    const timer = setInterval(() => {
      response.write(body.subarray(sent * size, (sent + 1) * size))
      if (++sent < slices) return
      clearInterval(timer)
      response.end(() => (log.appSent = Date.now()))
    }, trickleMs / slices)
    response.on('close', () => clearInterval(timer))
  })
  await new Promise<void>((done) => server.listen(port, 'localhost', done))
  return server
}
