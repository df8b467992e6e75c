import { createServer, type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http'
import { createServer as createTlsServer } from 'node:https'
import type { AddressInfo } from 'node:net'
import { privateCookieHeader, privateSetCookieHeader } from './cookies'
import { privateCorsRefusedHeader } from './cors'
import type { Emulator } from './createEmulator'

/** Where {@link serveEmulator} listens. Port 0 picks a free port. */
export type ServeOptions = {
  port?: number
  host?: string
  /**
   * Serve https with this PEM key and certificate (a self-signed one will do for tests), as PingOne
   * is served: its cookies are then `Secure; SameSite=None`, and browsers treat them as PingOne's.
   */
  tls?: { key: string | Buffer; cert: string | Buffer }
}

/** A listening emulator server. */
export type EmulatorServer = { url: string; close(): Promise<void> }

/**
 * Serves the emulator over real HTTP (demo, browser tests, host apps' end-to-end tests),
 * where cross-origin cookies, CORS and redirects behave as with PingOne.
 * Defaults to `http://localhost:4010`; with `tls`, https.
 */
export async function serveEmulator(emulator: Emulator, options: ServeOptions = {}): Promise<EmulatorServer> {
  const host = options.host ?? 'localhost'
  const scheme = options.tls ? 'https' : 'http'
  const listener: RequestListener = (req, res) => {
    // A client that goes away aborts its request, which releases a hung or delayed answer.
    const abort = new AbortController()
    res.on('close', () => {
      if (!res.writableFinished) abort.abort()
    })
    toRequest(req, scheme, abort.signal)
      .then((request) => emulator.handle(request))
      .then((response) => send(response, res))
      .catch(() => {
        res.statusCode = 500
        res.end()
      })
  }
  const server = options.tls ? createTlsServer(options.tls, listener) : createServer(listener)
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 4010, host, () => resolve())
  })
  const { port } = server.address() as AddressInfo
  const hostname = host.includes(':') ? `[${host}]` : host
  return {
    url: `${scheme}://${hostname}:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      }),
  }
}

async function toRequest(req: IncomingMessage, scheme: string, signal: AbortSignal): Promise<Request> {
  const url = new URL(req.url ?? '/', `${scheme}://${req.headers.host ?? 'localhost'}`)
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) value.forEach((v) => headers.append(name, v))
    else if (value !== undefined) headers.set(name, value)
  }
  headers.delete(privateCookieHeader)
  const method = req.method ?? 'GET'
  const chunks: Buffer[] = []
  if (method !== 'GET' && method !== 'HEAD') for await (const chunk of req) chunks.push(chunk as Buffer)
  const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined
  return new Request(url, { method, headers, body, signal })
}

const privateHeaders = [privateSetCookieHeader, privateCorsRefusedHeader].map((name) => name.toLowerCase())

async function send(response: Response, res: ServerResponse) {
  res.statusCode = response.status
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie' && !privateHeaders.includes(name)) res.setHeader(name, value)
  })
  const cookies = response.headers.getSetCookie()
  if (cookies.length > 0) res.setHeader('Set-Cookie', cookies)
  res.end(Buffer.from(await response.arrayBuffer()))
}
