import type { Ctx } from '../state/context'
import { requestOrigin } from '../http/cors'
import { pingOneError } from '../http/errors'

type Handler = (ctx: Ctx) => Response | Promise<Response>

/**
 * Guards a write to the emulator's own endpoints (`POST _emulator/*`) against the other pages of
 * the developer's browser, which may all send requests to localhost:
 * - `Origin` absent (Node, curl), the origin the request is addressed to (the emulator's own page),
 *   or one of `trusted(ctx)`; any other, `null` included, is refused with 403 `ACCESS_FAILED`.
 * - `Content-Type: application/json` only, else 415 `UNSUPPORTED_MEDIA_TYPE`: a page can send a
 *   form or `text/plain` to another origin without asking, but JSON only after a CORS preflight.
 */
export function emulatorWrite(handler: Handler, trusted: (ctx: Ctx) => string[] = () => []): Handler {
  return (ctx) => refusedWrite(ctx, trusted(ctx)) ?? handler(ctx)
}

function refusedWrite(ctx: Ctx, trusted: string[]): Response | undefined {
  const origin = requestOrigin(ctx.request)
  if (origin !== null && origin !== ctx.url.origin && !trusted.includes(origin)) {
    return pingOneError(403, 'ACCESS_FAILED', `The emulator takes writes to _emulator/ from its own pages, not from ${origin}.`)
  }
  const type = ctx.request.headers.get('Content-Type') ?? ''
  if (type.split(';')[0]!.trim().toLowerCase() !== 'application/json') {
    return pingOneError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Writes to _emulator/ take Content-Type: application/json only.')
  }
  return undefined
}
