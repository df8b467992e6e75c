// `npm test`: build the app, serve it with `next start` next to the PingOne emulator, and sign in
// in Chromium. Plain Node (no test framework): any failed assertion exits non-zero.
//
//   CHROMIUM_PATH  the Chromium to drive (default /usr/bin/chromium)
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { chromium } from 'playwright-core'

const APP = 'http://localhost:3100'
const EMULATOR_PORT = 4120
const DEMO_USER = { username: 'demo', password: 'Demo-Passw0rd!' } // the emulator's banner lists them
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }

const servers = []
let failed = false
const watchdog = setTimeout(() => fail(new Error('timed out after 8 minutes')), 8 * 60_000)
process.on('SIGINT', () => fail(new Error('interrupted')))
process.on('SIGTERM', () => fail(new Error('terminated')))

try {
  await assertPortFree(APP)
  await assertPortFree(`http://localhost:${EMULATOR_PORT}`)

  step('next build')
  await run('npx', ['next', 'build'])

  step('next start -p 3100, pingone-emulator --port 4120')
  const emulator = start('emulator', 'npx', ['pingone-emulator', '--port', String(EMULATOR_PORT), '--app-origin', APP])
  const next = start('next', 'npx', ['next', 'start', '-p', '3100'])
  const banner = await emulator.waitForOutput(/codes sent:/)
  const environmentId = banner.match(/environment id:\s+(\S+)/)?.[1]
  assert.ok(environmentId, 'the emulator banner names the environment id')
  await waitForHttp(APP, next)

  step('the server-rendered page')
  const html = await fetch(APP).then(async (response) => {
    assert.equal(response.status, 200, `GET / answered ${response.status}`)
    return response.text()
  })
  // The kit renders its loading step on the server; a client component that failed to render there
  // would leave the HTML without it (Next then renders it in the browser only).
  assert.match(html, /data-pingone-signon/, 'the kit is in the server-rendered HTML')
  assert.doesNotMatch(html, /Signed in as/, 'nobody is signed in on the server')

  step('sign in as demo in Chromium')
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
  try {
    const page = await browser.newPage()
    const problems = []
    const authorizes = []
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`console.${message.type()}: ${message.text()} (${message.location().url})`)
    })
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.request().method()} ${response.url()}`)
    })
    page.on('request', (request) => {
      const url = new URL(request.url())
      if (url.port === String(EMULATOR_PORT) && url.pathname === `/${environmentId}/as/authorize`) authorizes.push(request.url())
    })

    // The early start (instrumentation-client.ts, pingone-signon-react/start): hold back the chunk that
    // holds the kit's code (its English messages) for 1.5 s. The authorize must leave in that time, and
    // the provider must take it over (one authorize in all, below).
    let kitChunkReleased = 0
    const sentAt = []
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.endsWith('/as/authorize')) sentAt.push(Date.now())
    })
    // The steps few users reach are a chunk of their own (the OTP step's English is in it), which
    // Next splits off without configuration, fetched once the first step shows.
    const firstLoadChunks = new Set()
    const onDemandChunks = new Set()
    await page.route('**/_next/static/**/*.js', async (route) => {
      const fetched = await route.fetch()
      const body = await fetched.body()
      if (body.includes('Enter your code')) onDemandChunks.add(route.request().url())
      if (body.includes('This sign-on page is not set up correctly')) firstLoadChunks.add(route.request().url())
      if (body.includes('This sign-on page is not set up correctly')) {
        await new Promise((resolve) => setTimeout(resolve, 1500))
        kitChunkReleased = Date.now()
      }
      await route.fulfill({ response: fetched, body })
    })

    const response = await page.goto(APP)
    assert.equal(response?.status(), 200)
    await page.getByLabel('Username').waitFor({ timeout: 15_000 })
    assert.ok(kitChunkReleased > 0, "the kit's chunk was found and held back")
    assert.ok(sentAt.length > 0 && sentAt[0] < kitChunkReleased, `the authorize left before the kit's chunk arrived (${sentAt[0] - kitChunkReleased} ms)`)
    for (let waited = 0; onDemandChunks.size === 0 && waited < 10_000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100))
    assert.equal(onDemandChunks.size, 1, 'the chunk of the steps few users reach was fetched once the first step showed')
    assert.ok(![...onDemandChunks].some((url) => firstLoadChunks.has(url)), 'the steps few users reach are not in the first load')
    const preconnects = await page.locator('link[rel="preconnect"]').evaluateAll((links) => links.map((link) => `${link.href} ${link.getAttribute('crossorigin')}`))
    assert.deepEqual(preconnects, [`http://localhost:${EMULATOR_PORT}/ null`], 'one preconnect to PingOne, without crossorigin')
    await page.getByLabel('Username').fill(DEMO_USER.username)
    await page.getByLabel('Password', { exact: true }).fill(DEMO_USER.password)
    await page.getByRole('button', { name: 'Sign on', exact: true }).click()
    await page.getByRole('heading', { name: `Signed in as ${DEMO_USER.username}` }).waitFor({ timeout: 15_000 })
    const claims = JSON.parse(await page.locator('pre').innerText())
    assert.equal(claims.preferred_username, DEMO_USER.username)
    assert.equal(claims.aud, readFileSync('.env', 'utf8').match(/^NEXT_PUBLIC_PINGONE_CLIENT_ID=(\S+)$/m)?.[1], 'the ID token is for the client in .env')

    // Production runs effects once (StrictMode's double mount is `next dev` only): one authorize.
    assert.equal(authorizes.length, 1, `authorize requests:\n${authorizes.join('\n')}`)
    // Hydration mismatches, failed requests and React warnings all reach the console.
    assert.deepEqual(problems, [], 'no console error or warning, no page error')

    step("PingOne's ?error= in the address: hydrated without a mismatch, then shown")
    const errorPage = await browser.newPage()
    const errors = []
    errorPage.on('pageerror', (error) => errors.push(`page error: ${error.message}`))
    errorPage.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console.error: ${message.text()}`)
    })
    await errorPage.goto(`${APP}/?error=${encodeURIComponent(JSON.stringify({ code: 'ACCESS_FAILED' }))}`)
    await errorPage.getByRole('heading', { name: 'Sign-on interrupted' }).waitFor()
    assert.deepEqual(errors, [], 'no hydration error')
  } finally {
    await browser.close()
  }

  const serverLog = next.output()
  assert.doesNotMatch(serverLog, /⨯|\bError\b/, `next start logged an error:\n${serverLog}`)
  step('passed')
} catch (error) {
  failed = true
  console.error(error)
  for (const server of servers) console.error(`--- ${server.name} output ---\n${server.output()}`)
} finally {
  await stopAll()
  clearTimeout(watchdog)
  process.exitCode = failed ? 1 : 0
}

function step(text) {
  console.log(`[sign-in] ${text}`)
}

async function fail(error) {
  failed = true
  console.error(error)
  await stopAll()
  process.exit(1)
}

/** Runs a command to its end; rejects unless it exits 0. */
function run(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: 'inherit' })
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`))))
  })
}

/** Starts a server in its own process group (npx starts children), so stopAll() ends all of it. */
function start(name, command, args) {
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
  let output = ''
  const waiters = []
  const onData = (chunk) => {
    output += chunk
    for (const waiter of [...waiters]) waiter()
  }
  child.stdout.on('data', onData)
  child.stderr.on('data', onData)
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })))
  const server = {
    name,
    child,
    exited,
    output: () => output,
    /** Resolves with the output once it matches `pattern`; rejects if the process exits first. */
    waitForOutput(pattern, timeout = 60_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (pattern.test(output)) {
            waiters.splice(waiters.indexOf(check), 1)
            resolve(output)
          }
        }
        waiters.push(check)
        check()
        exited.then(({ code }) => reject(new Error(`${name} exited (${code}) before printing ${pattern}`)))
        setTimeout(() => reject(new Error(`${name} did not print ${pattern} within ${timeout} ms`)), timeout).unref()
      })
    },
  }
  servers.push(server)
  return server
}

async function stopAll() {
  await Promise.all(
    servers.splice(0).map(async ({ child, exited }) => {
      if (child.exitCode !== null || child.signalCode !== null) return
      try {
        process.kill(-child.pid, 'SIGTERM')
      } catch {
        return
      }
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid, 'SIGKILL')
        } catch {}
      }, 5_000)
      await exited
      clearTimeout(timer)
    }),
  )
}

async function waitForHttp(url, server, timeout = 60_000) {
  const deadline = Date.now() + timeout
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) throw new Error(`${server.name} exited (${server.child.exitCode})`)
    try {
      await fetch(url)
      return
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
  }
  throw new Error(`${url} did not answer within ${timeout} ms`)
}

async function assertPortFree(url) {
  const answered = await fetch(url).then(() => true, () => false)
  assert.equal(answered, false, `${url} is already taken by another server; stop it first`)
}
