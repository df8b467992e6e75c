// Run after `npm run build`: issue 15's "Done when" for the command, from the packed tarball alone,
// in an empty folder (no repository files, no tsx): `pingone-emulator --port 0 --app-origin O`
// serves discovery and signs an app on O in, and a config file with a malformed origin is refused,
// naming the field.
import { execFileSync, spawn } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const root = new URL('../..', import.meta.url).pathname
const tmp = mkdtempSync(join(tmpdir(), 'packed-emulator-'))
const app = 'http://127.0.0.1:47556'
const children = []

/** Runs the package's bin from the unpacked tarball; resolves with its URL once it listens. */
function command(bin, args) {
  const child = spawn(process.execPath, [bin, ...args], { cwd: tmp, env: { ...process.env, PORT: '', HOST: '', ALLOWED_HOSTS: '' } })
  children.push(child)
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk) => (stdout += chunk))
  child.stderr.on('data', (chunk) => (stderr += chunk))
  const exited = new Promise((resolve) => child.once('exit', resolve))
  const listening = new Promise((resolve, reject) => {
    child.stdout.on('data', () => {
      const found = /listening on (\S+)/.exec(stdout)
      if (found) resolve(found[1])
    })
    void exited.then((code) => reject(new Error(`exited ${code}: ${stderr}`)))
  })
  // Awaited only by callers that expect the command to listen.
  listening.catch(() => {})
  return { exited, listening, output: () => ({ stdout, stderr }) }
}

function cookieHeader(response, jar) {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(';')
    const at = pair.indexOf('=')
    jar.set(pair.slice(0, at), pair.slice(at + 1))
  }
  return [...jar].map(([name, value]) => `${name}=${value}`).join('; ')
}

function check(condition, message) {
  if (!condition) throw new Error(message)
}

try {
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', tmp], { cwd: root, encoding: 'utf8' }))
  const folder = join(tmp, 'node_modules', 'pingone-signon-react')
  mkdirSync(folder, { recursive: true })
  execFileSync('tar', ['-xzf', join(tmp, packed.filename), '-C', folder, '--strip-components=1'])
  const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'))
  const bin = join(folder, manifest.bin['pingone-emulator'])

  const served = command(bin, ['--port', '0', '--host', '127.0.0.1', '--app-origin', app])
  const url = await served.listening
  const banner = served.output().stdout
  const environmentId = /environment id: +(\S+)/.exec(banner)?.[1]
  const clientId = /client id: +(\S+)/.exec(banner)?.[1]
  check(environmentId && clientId, `the banner names no environment or client id:\n${served.output().stdout}`)
  const env = `${url}/${environmentId}`

  const discovery = await fetch(`${env}/as/.well-known/openid-configuration`, { headers: { Origin: app } })
  check(discovery.ok && (await discovery.json()).issuer === `${env}/as`, `discovery: ${discovery.status}`)
  check(discovery.headers.get('Access-Control-Allow-Origin') === app, 'discovery does not allow the app origin')

  const verifier = randomBytes(32).toString('base64url')
  const jar = new Map()
  const query = new URLSearchParams({
    response_type: 'code',
    response_mode: 'pi.flow',
    client_id: clientId,
    scope: 'openid',
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
  })
  const authorize = await fetch(`${env}/as/authorize?${query}`, { headers: { Origin: app } })
  const flow = await authorize.json()
  check(flow.status === 'USERNAME_PASSWORD_REQUIRED', `authorize: ${authorize.status} ${flow.status}`)
  const signedOn = await fetch(flow._links['usernamePassword.check'].href, {
    method: 'POST',
    headers: { Origin: app, Cookie: cookieHeader(authorize, jar), 'Content-Type': 'application/vnd.pingidentity.usernamePassword.check+json' },
    body: JSON.stringify({ username: 'demo', password: 'Demo-Passw0rd!' }),
  })
  const completed = await signedOn.json()
  check(completed.status === 'COMPLETED', `sign-on: ${signedOn.status} ${completed.status}`)
  check(signedOn.headers.get('Access-Control-Allow-Origin') === app, 'the flow does not allow the app origin')
  console.log(`packed pingone-emulator: ${url} served discovery and signed demo in from ${app}`)

  const config = join(tmp, 'bad.json')
  writeFileSync(config, JSON.stringify({ applications: [{ clientId: 'c', name: 'App', redirectUris: ['http://localhost:3000/'], corsOrigins: ['http://localhost:3000/'], signOnPolicy: 'usernamePassword' }] }))
  const refused = command(bin, ['--port', '0', '--config', config])
  const code = await refused.exited
  const { stderr } = refused.output()
  check(code !== 0 && stderr.includes('applications[0].corsOrigins[0]'), `a malformed origin was not refused by name (exit ${code}):\n${stderr}`)
  console.log(`packed pingone-emulator: a config file with a malformed origin exits ${code}, naming applications[0].corsOrigins[0]`)
} catch (error) {
  console.error(`packed pingone-emulator: ${error.message}`)
  process.exitCode = 1
} finally {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM')
  rmSync(tmp, { recursive: true, force: true })
}
