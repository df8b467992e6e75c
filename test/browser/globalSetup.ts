import { spawn } from 'node:child_process'
import { createConnection } from 'node:net'

const demo = 'http://localhost:5173/'
const emulator = 'http://localhost:4010/8f3c0b52-6a8e-4d2b-9d0e-3b1c5a7e9f20/as/.well-known/openid-configuration'

// Runs what `npm start` runs: the demo on http://localhost:5173 and the emulator on
// http://localhost:4010, as a separate process, once for all browser tests.
export default async function startDemo() {
  for (const port of [5173, 4010]) {
    if (await isListening(port)) {
      throw new Error(`Port ${port} is in use. Stop \`npm start\` (or whatever holds it) before the browser tests.`)
    }
  }
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' }
  for (const key of Object.keys(env)) if (key.startsWith('VITE_PINGONE_')) delete env[key]
  const child = spawn(
    process.execPath,
    ['node_modules/vite/bin/vite.js', '--config', 'demo/vite.config.ts', '--configLoader', 'runner'],
    { env, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const stop = () => void child.kill('SIGTERM')
  try {
    await waitUntilServed([demo, emulator], child, () => output)
  } catch (error) {
    stop()
    throw error
  }
  return stop
}

async function waitUntilServed(urls: string[], child: ReturnType<typeof spawn>, output: () => string) {
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The demo exited with ${child.exitCode}:\n${output()}`)
    const answers = await Promise.all(urls.map((url) => fetch(url).then((r) => r.ok, () => false)))
    if (answers.every(Boolean)) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`The demo did not answer in 60 s:\n${output()}`)
}

function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: 'localhost' })
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
}
