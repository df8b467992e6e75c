// `npm test` (after `tsc --noEmit`): the Vite dev server next to the PingOne emulator (emulator.json),
// and a redirect-mode sign-in in Chromium: oidc-client-ts's signinRedirect() -> PingOne's authorize
// -> the login page with <PingOneSignOn loginPage> -> PingOne's resume -> /callback with the code ->
// signinRedirectCallback(). Plain Node (no test framework): any failed assertion exits non-zero.
//
//   CHROMIUM_PATH  the Chromium to drive (default /usr/bin/chromium)
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { chromium } from 'playwright-core'

const APP = 'http://localhost:5191'
const EMULATOR_PORT = 4130
const DEMO_USER = { username: 'demo', password: 'Demo-Passw0rd!', name: 'Demo User' } // see the emulator's banner
const env = { ...process.env }

const servers = []
let failed = false
const watchdog = setTimeout(() => fail(new Error('timed out after 5 minutes')), 5 * 60_000)
process.on('SIGINT', () => fail(new Error('interrupted')))
process.on('SIGTERM', () => fail(new Error('terminated')))

try {
  await assertPortFree(APP)
  await assertPortFree(`http://localhost:${EMULATOR_PORT}`)

  step('pingone-emulator --port 4130 --config emulator.json, vite --port 5191')
  const emulator = start('emulator', 'npx', ['pingone-emulator', '--port', String(EMULATOR_PORT), '--config', 'emulator.json'])
  const vite = start('vite', 'npx', ['vite', '--port', '5191', '--strictPort'])
  const banner = await emulator.waitForOutput(/codes sent:/)
  const environmentId = banner.match(/environment id:\s+(\S+)/)?.[1]
  const clientId = banner.match(/client id:\s+(\S+)/)?.[1]
  assert.ok(environmentId && clientId, 'the emulator banner names the environment and client ids')
  const emulatorOrigin = `http://localhost:${EMULATOR_PORT}`
  const authorizeUrl = `${emulatorOrigin}/${environmentId}/as/authorize`
  await waitForHttp(APP, vite)

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
  try {
    step('sign in as demo: oidc-client-ts -> authorize -> /login (the kit) -> resume -> /callback')
    const context = await browser.newContext()
    const page = await context.newPage()
    const { problems, authorizes, navigations } = watch(page, authorizeUrl)

    await page.goto(APP)
    await page.getByRole('button', { name: 'Sign in' }).click()

    // PingOne answers the authorize oidc-client-ts sent with the login page URL and the flow.
    await page.getByLabel('Username').fill(DEMO_USER.username)
    assert.equal(authorizes.length, 1, 'one authorize')
    const authorize = new URL(authorizes[0].url)
    assert.equal(authorize.searchParams.get('client_id'), clientId)
    assert.equal(authorize.searchParams.get('redirect_uri'), `${APP}/callback`)
    assert.equal(authorize.searchParams.get('response_type'), 'code')
    assert.equal(authorize.searchParams.get('code_challenge_method'), 'S256')
    assert.equal(authorize.searchParams.get('response_mode'), null, 'a plain redirect authorize, not pi.flow')
    const loginPage = new URL(authorizes[0].location ?? '')
    assert.equal(`${loginPage.origin}${loginPage.pathname}`, `${APP}/login`, 'authorize redirects to the login page URL')
    assert.equal(loginPage.searchParams.get('environmentId'), environmentId)
    assert.ok(loginPage.searchParams.get('flowId'), 'with the flow id')

    await page.getByLabel('Password', { exact: true }).fill(DEMO_USER.password)
    await page.getByRole('button', { name: 'Sign on', exact: true }).click()

    // The kit navigates to PingOne's resume URL; PingOne redirects to the redirect URI with the code.
    await page.waitForURL(`${APP}/callback`)
    await page.getByRole('heading', { name: `Signed in as ${DEMO_USER.username}` }).waitFor({ timeout: 15_000 })
    const sub = await page.getByTestId('sub').innerText()
    assert.match(sub, /\S/, 'profile.sub is shown')
    await page.getByText(DEMO_USER.name, { exact: true }).waitFor()

    const resume = navigations.find((url) => url.startsWith(`${emulatorOrigin}/${environmentId}/as/resume`))
    assert.ok(resume, `the kit navigated to PingOne's resume URL; navigations:\n${navigations.join('\n')}`)
    const callback = navigations.find((url) => url.startsWith(`${APP}/callback?`))
    assert.ok(callback && new URL(callback).searchParams.get('code'), 'PingOne redirected to the callback with a code')
    assert.equal(authorizes.length, 1, 'still one authorize: the login page continued the flow, it did not start one')
    assert.deepEqual(problems, [], 'no console error or warning, no page error, no failed request')

    // The app's home page now knows the user too (oidc-client-ts keeps it in sessionStorage).
    await page.getByRole('link', { name: 'Home' }).click()
    await page.getByText(`Signed in as ${DEMO_USER.username}.`).waitFor()
    await context.close()

    step('the login page opened without ?flowId=: the way back to the app, and nothing sent')
    const direct = await browser.newContext()
    const directPage = await direct.newPage()
    const seen = watch(directPage, authorizeUrl)
    const response = await directPage.goto(`${APP}/login`)
    assert.equal(response?.status(), 200)
    await directPage
      .getByRole('alert')
      .filter({ hasText: 'There is no sign-in to continue on this page. Go back to the app and sign in from there.' })
      .waitFor()
    assert.equal(await directPage.getByRole('button', { name: 'Start again' }).count(), 0, 'no Start again: this page starts nothing')
    assert.equal(seen.authorizes.length, 0, 'no authorize from the login page')
    await direct.close()
  } finally {
    await browser.close()
  }
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

/** Console errors and warnings, page errors, failed requests, authorizes and page navigations. */
function watch(page, authorizeUrl) {
  const problems = []
  const authorizes = []
  const navigations = []
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console.${message.type()}: ${message.text()} (${message.location().url})`)
  })
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  page.on('request', (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) navigations.push(request.url())
  })
  page.on('response', async (response) => {
    const url = response.url()
    if (url.startsWith(`${authorizeUrl}?`)) authorizes.push({ url, location: response.headers().location })
    else if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.request().method()} ${url}`)
  })
  return { problems, authorizes, navigations }
}

function step(text) {
  console.log(`[redirect-sign-in] ${text}`)
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
