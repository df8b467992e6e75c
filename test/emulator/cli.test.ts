import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import type { Flow } from '../../src/flow/types'
import { clientId, demo, envId, pkce } from './helpers'

// `pingone-emulator` end to end: the command itself, run from source with tsx as `npm run emulator`
// runs it (dist/pingone-emulator.js is the same module, built), talked to over real HTTP.

const root = fileURLToPath(new URL('../..', import.meta.url))
const app = 'http://127.0.0.1:3999'

let running: ChildProcessWithoutNullStreams[] = []
let folders: string[] = []
afterEach(async () => {
  for (const child of running) if (child.exitCode === null) child.kill('SIGTERM')
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })))
  running = []
  folders = []
})

function command(args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'emulator/cli.ts', ...args], {
    cwd: root,
    env: { ...process.env, PORT: '', HOST: '', ALLOWED_HOSTS: '' },
  })
  running.push(child)
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk))
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
  return { child, exited, output: () => ({ stdout, stderr }) }
}

/** Starts the command and waits for its banner: the URL it listens on (port 0 picks one). */
async function start(args: string[]) {
  const run = command(args)
  const url = await new Promise<string>((resolve, reject) => {
    run.child.stdout.on('data', () => {
      const found = /listening on (\S+)/.exec(run.output().stdout)
      if (found) resolve(found[1]!)
    })
    void run.exited.then((code) => reject(new Error(`exited ${code}: ${run.output().stderr}`)))
  })
  return { ...run, url, env: `${url}/${envId}` }
}

/** The `name=value` pairs of a response's cookies, for the next request's Cookie header. */
function cookiesOf(response: Response, jar: Map<string, string>) {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(';')
    const [name, ...value] = pair!.split('=')
    jar.set(name!, value.join('='))
  }
  return [...jar].map(([name, value]) => `${name}=${value}`).join('; ')
}

describe('pingone-emulator', () => {
  it('serves discovery and signs in an app on --app-origin, with CORS, over real HTTP', { timeout: 30_000 }, async () => {
    const { url, env, output } = await start(['--port', '0', '--host', '127.0.0.1', '--app-origin', app])
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(url).not.toMatch(/:0$/)
    expect(output().stdout).toContain(`issuer:          ${env}/as`)
    expect(output().stdout).toContain(`client id:     ${clientId}`)
    expect(output().stdout).toMatch(/users: +demo, .*\(password Demo-Passw0rd!\)/)

    const discovery = await fetch(`${env}/as/.well-known/openid-configuration`, { headers: { Origin: app } })
    expect(await discovery.json()).toMatchObject({ issuer: `${env}/as` })
    expect(discovery.headers.get('Access-Control-Allow-Origin')).toBe(app)

    const jar = new Map<string, string>()
    const authorize = new URL(`${env}/as/authorize`)
    const params = {
      client_id: clientId,
      response_type: 'code',
      response_mode: 'pi.flow',
      scope: 'openid',
      redirect_uri: `${app}/`,
      code_challenge: pkce.challenge,
      code_challenge_method: 'S256',
    }
    for (const [name, value] of Object.entries(params)) authorize.searchParams.set(name, value)
    const started = await fetch(authorize, { headers: { Origin: app } })
    expect(started.status).toBe(200)
    expect(started.headers.get('Access-Control-Allow-Origin')).toBe(app)
    expect(started.headers.get('Access-Control-Allow-Credentials')).toBe('true')
    const flow = (await started.json()) as Flow

    const checked = await fetch(flow._links.self!.href, {
      method: 'POST',
      headers: { Origin: app, Cookie: cookiesOf(started, jar), 'Content-Type': 'application/vnd.pingidentity.usernamePassword.check+json' },
      body: JSON.stringify(demo),
    })
    const completed = (await checked.json()) as Flow
    expect(completed.status).toBe('COMPLETED')

    const resumed = await fetch(completed.resumeUrl!, { headers: { Origin: app, Cookie: cookiesOf(checked, jar) } })
    const code = ((await resumed.json()) as Flow).authorizeResponse?.code
    expect(code).toEqual(expect.any(String))
    const token = await fetch(`${env}/as/token`, {
      method: 'POST',
      headers: { Origin: app, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'authorization_code', client_id: clientId, code: code!, redirect_uri: `${app}/`, code_verifier: pkce.verifier }),
    })
    expect(token.status).toBe(200)
    expect(token.headers.get('Access-Control-Allow-Origin')).toBe(app)
    expect(await token.json()).toMatchObject({ access_token: expect.any(String), id_token: expect.any(String) })
  })

  it('logs an origin it refuses, naming the application', { timeout: 30_000 }, async () => {
    const { env, output } = await start(['--port', '0', '--host', '127.0.0.1'])
    await fetch(`${env}/as/jwks`, { headers: { Origin: 'http://localhost:5174' } })
    await expect.poll(() => output().stderr).toContain('refused CORS for origin http://localhost:5174 on application "Demo App"')
  })

  it('refuses a config file with a malformed origin, naming the field, exit code 1', { timeout: 30_000 }, async () => {
    const folder = await mkdtemp(join(tmpdir(), 'pingone-emulator-'))
    folders.push(folder)
    const file = join(folder, 'emulator.json')
    await writeFile(file, JSON.stringify({ applications: [{ clientId: 'c', name: 'Mine', redirectUris: ['http://localhost:3000/'], corsOrigins: ['localhost:3000'], signOnPolicy: 'usernamePassword' }] }))
    const { exited, output } = command(['--port', '0', '--config', file])
    expect(await exited).toBe(1)
    expect(output().stderr).toContain(`${file} is not a valid emulator config:`)
    expect(output().stderr).toContain('applications[0].corsOrigins[0] must be an origin such as "http://localhost:5173"')
    expect(output().stderr).toContain('got "localhost:3000"')
    expect(output().stdout).toBe('')
  })

  it('refuses an unknown flag with exit code 2 and the usage', { timeout: 30_000 }, async () => {
    const { exited, output } = command(['--prot', '4010'])
    expect(await exited).toBe(2)
    expect(output().stderr).toMatch(/^pingone-emulator: unknown option --prot\nUsage: pingone-emulator \[--port 4010\]/)
  })
})
