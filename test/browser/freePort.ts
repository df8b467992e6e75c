import { createServer } from 'node:net'

/** A port no one listens on now: for a server whose URL must be known before it starts (a demo build, an emulator's config). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}
