import { privateSetCookieHeader } from './cookies'
import { newId } from '../state/ids'

/** Response builders shared by every route. */

const noStore = { 'Cache-Control': 'no-store' }

export function json(status: number, body: unknown, headers?: HeadersInit): Response {
  const response = new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...noStore },
  })
  appendAll(response.headers, headers)
  return response
}

/** Flow bodies are HAL, like PingOne's. */
export function hal(body: unknown, headers?: HeadersInit): Response {
  const response = new Response(JSON.stringify(body), {
    status: 200,
    headers: { 'Content-Type': 'application/hal+json; charset=utf-8', ...noStore },
  })
  appendAll(response.headers, headers)
  return response
}

export function html(status: number, body: string, headers?: HeadersInit): Response {
  const response = new Response(body, {
    status,
    headers: { 'Content-Type': 'text/html; charset=utf-8', ...noStore },
  })
  appendAll(response.headers, headers)
  return response
}

/** Built by hand: `Response.redirect` has immutable headers, and CORS and cookies are added later. */
export function redirect(location: string, headers?: HeadersInit): Response {
  const response = new Response(null, { status: 302, headers: { Location: location, ...noStore } })
  appendAll(response.headers, headers)
  return response
}

/**
 * 406 unless the request's `Accept` allows PingOne's HAL answer: no `Accept`, any type, any
 * `application/` type, or `application/hal+json`. PingOne refuses `Accept: application/json` on
 * authorize and flow calls (real-clients.md D6); a browser's own `fetch` accepts any type.
 */
export function notAcceptable(request: Request): Response | undefined {
  const accept = request.headers.get('Accept')
  if (accept === null || accept.trim() === '') return undefined
  const ranges = accept.split(',').map((range) => range.split(';')[0]!.trim().toLowerCase())
  if (ranges.some((range) => range === '*/*' || range === 'application/*' || range === 'application/hal+json')) return undefined
  return json(406, { id: newId(), code: 'NOT_ACCEPTABLE', message: 'The Accept header must allow application/hal+json.' })
}

/** Reads a form-encoded body (authorize POST, token). */
export async function readForm(request: Request): Promise<URLSearchParams> {
  return new URLSearchParams(await request.text())
}

function appendAll(target: Headers, extra: HeadersInit | undefined) {
  if (!extra) return
  new Headers(extra).forEach((value, name) => {
    if (name !== 'set-cookie') target.append(name, value)
  })
  for (const cookie of new Headers(extra).getSetCookie()) {
    target.append('Set-Cookie', cookie)
    target.append(privateSetCookieHeader, encodeURIComponent(cookie))
  }
}
