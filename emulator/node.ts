import { createServer, type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http'
import { createServer as createTlsServer } from 'node:https'
import type { AddressInfo } from 'node:net'
import { privateCookieHeader, privateSetCookieHeader } from './http/cookies'
import { privateCorsRefusedHeader, privateOriginHeader } from './http/cors'
import type { Emulator } from './createEmulator'
import { hostCheck, refusedHost } from './http/hostCheck'
import { networkWarning } from './http/networkWarning'

/** Where {@link serveEmulator} listens. Port 0 picks a free port. */
export type ServeOptions = {
  port?: number
  host?: string
  /**
   * Serve https with this PEM key and certificate (a self-signed one will do for tests), as PingOne
   * is served: its cookies are then `Secure; SameSite=None`, and browsers treat them as PingOne's.
   */
  tls?: { key: string | Buffer; cert: string | Buffer }
  /**
   * More host names to answer for, e.g. a name your tests map to 127.0.0.1, or this machine's name
   * or LAN address when it listens on `0.0.0.0`. Compared without case; a port is ignored. Every
   * request's `Host` must be one of these, a loopback name (`localhost`, `*.localhost`,
   * `127.x.x.x`, `[::1]`), a host of `config.customDomains`, or `host` itself unless it is a
   * wildcard (`0.0.0.0`, `::`); any other is refused with 403 before the emulator sees it. This
   * stops DNS rebinding: a web page on a name its owner points at this machine.
   */
  allowedHosts?: string[]
  /**
   * Receives the warning given when `host` is not a loopback name or address (the emulator is then
   * reachable from the network). Defaults to `console.warn`.
   */
  onWarning?: (message: string) => void
}

/** A listening emulator server. */
export type EmulatorServer = { url: string; close(): Promise<void> }

/**
 * Serves the emulator over real HTTP (demo, browser tests, host apps' end-to-end tests),
 * where cross-origin cookies, CORS and redirects behave as with PingOne.
 * Defaults to `http://localhost:4010`; with `tls`, https. Answers only for the hosts it serves
 * (see {@link ServeOptions.allowedHosts}), and warns when `host` is not loopback.
 */
export async function serveEmulator(emulator: Emulator, options: ServeOptions = {}): Promise<EmulatorServer> {
  const host = options.host ?? 'localhost'
  const scheme = options.tls ? 'https' : 'http'
  const serves = hostCheck({
    bound: host,
    // A wrapper may pass on `handle` alone (`{ ...emulator, handle }` of a prototype-based one).
    customDomains: emulator.config?.customDomains ?? [],
    allowedHosts: options.allowedHosts ?? [],
  })
  const listener: RequestListener = (req, res) => {
    if (!serves(req.headers.host)) {
      void send(refusedHost(req.headers.host), res)
      return
    }
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
  const url = `${scheme}://${hostname}:${port}`
  const warning = networkWarning(host, url)
  if (warning) (options.onWarning ?? console.warn)(warning)
  return {
    url,
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
  headers.delete(privateOriginHeader)
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
