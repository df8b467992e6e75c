import { spawn } from 'node:child_process'
import { createConnection } from 'node:net'

// Runs what `npm start` runs: the demo on http://localhost:5173 and the emulator on
// http://localhost:4010, as a separate process, once for all browser tests.
export default async function startDemo() {
  for (const port of [5173, 4010]) {
    if (await isListening(port)) {
      throw new Error(`Port ${port} is in use. Stop \`npm start\` (or whatever holds it) before the browser tests.`)
    }
  }
  const env = { ...process.env }
  for (const key of Object.keys(env)) if (key.startsWith('VITE_PINGONE_')) delete env[key]
  const child = spawn(
    process.execPath,
    ['node_modules/vite/bin/vite.js', '--config', 'demo/vite.config.ts', '--configLoader', 'runner'],
    { env, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let output = ''
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The demo did not start in 60 s:\n${output}`)), 60_000)
    const read = (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes('PingOne emulator:') && output.includes('localhost:5173')) {
        clearTimeout(timer)
        resolve()
      }
    }
    child.stdout.on('data', read)
    child.stderr.on('data', read)
    child.once('exit', (code) => reject(new Error(`The demo exited with ${code}:\n${output}`)))
  })
  return () => {
    child.kill('SIGTERM')
  }
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
