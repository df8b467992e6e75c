import type { Environment } from '../state/context'
import { privateCookieHeader } from '../http/cookies'
import { privateCorsRefusedHeader } from '../http/cors'
import { pingOneError } from '../http/errors'
import { flowIdleMs } from '../state/flowLifecycle'
import { parseAction } from '../flows/flows'
import type { Fault, FaultRequest, TakenFault } from './faults'
import { html } from '../http/http'

/** The longest a request is held (hang): then a gateway gives up with 504. */
const holdCapMs = 5 * 60 * 1000

/** How rules see a request to one of PingOne's endpoints; `segments` is the endpoint's path (`flows/{id}`). */
export function faultRequest(endpoint: FaultRequest['endpoint'], request: Request, segments: string[]): FaultRequest {
  const preflight = request.method === 'OPTIONS'
  const method = preflight ? (request.headers.get('Access-Control-Request-Method') ?? '').toUpperCase() : request.method
  const flowId =
    endpoint === 'flow'
      ? segments[1]
      : endpoint === 'resume'
        ? new URL(request.url).searchParams.get('flowId')
        : undefined
  const posted = endpoint === 'flow' && !preflight && method === 'POST'
  return { endpoint, method, preflight, flowId, action: posted ? parseAction(request.headers.get('Content-Type')) : undefined }
}

/** A request that took a fault; `serve` answers a request normally. */
export type FaultedRequest = {
  env: Environment
  request: Request
  flowId: string | null | undefined
  serve: (request: Request) => Promise<Response>
}

/** Answers a request as its fault says. */
export async function applyFault({ fault, released }: TakenFault, faulted: FaultedRequest): Promise<Response> {
  const { env, request, flowId, serve } = faulted
  switch (fault.kind) {
    case 'status':
      return fault.body === 'html' ? errorPage(fault.status) : pingOneError(fault.status, ...errorFor(fault.status))
    case 'rateLimit':
      return pingOneError(429, ...errorFor(429), undefined, { 'Retry-After': String(fault.retryAfter) })
    case 'delay': {
      const response = await serve(request)
      await hold(fault.ms, request.signal)
      return response
    }
    case 'hang': {
      const outcome = await hold(holdCapMs, request.signal, released)
      if (outcome === 'released') return serve(request)
      // Nobody reads an aborted answer; 499 is what nginx logs for a client that went away.
      return outcome === 'aborted' ? new Response(null, { status: 499 }) : errorPage(504)
    }
    case 'malformedJson':
      return truncated(await serve(request))
    case 'mutateFlow':
      return mutated(await serve(request), fault)
    case 'corsRefused':
      return corsRefused(request)
    case 'dropSession':
      return serve(withoutCookies(request))
    case 'expireFlow': {
      const flow = flowId ? env.store.flows.get(flowId) : undefined
      if (flow) flow.lastActivity = env.now() - flowIdleMs
      return serve(request)
    }
    case 'replayCode':
    case 'expireCode':
      await spoilCode(env, request, fault.kind)
      return serve(request)
  }
}

/**
 * PingOne's code and message for an error status. 429 is its rate limiter's REQUEST_LIMITED:
 * https://developer.pingidentity.com/pingone-api/platform/rate-limiting.html
 */
function errorFor(status: number): [code: string, message: string] {
  if (status === 429) return ['REQUEST_LIMITED', 'The request was rejected because the rate limit was exceeded.']
  if (status === 502 || status === 503 || status === 504) {
    return ['SERVICE_UNAVAILABLE', 'The service is temporarily unavailable. Try again later.']
  }
  if (status >= 500) return ['UNEXPECTED_ERROR', 'An unexpected error occurred.']
  if (status === 404) return ['NOT_FOUND', 'The requested resource was not found.']
  if (status === 401 || status === 403) return ['ACCESS_FAILED', 'The request could not be authorized.']
  return ['REQUEST_FAILED', 'The request could not be completed.']
}

const reasons: Record<number, string> = {
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
}

/** What a load balancer in front of PingOne answers by itself. */
function errorPage(status: number): Response {
  const title = `${status} ${reasons[status] ?? 'Error'}`
  return html(status, `<html>\n<head><title>${title}</title></head>\n<body>\n<center><h1>${title}</h1></center>\n</body>\n</html>\n`)
}

type HoldOutcome = 'elapsed' | 'aborted' | 'released'

function hold(ms: number, signal: AbortSignal, released?: Promise<void>): Promise<HoldOutcome> {
  if (signal.aborted) return Promise.resolve('aborted')
  return new Promise((resolve) => {
    const settle = (outcome: HoldOutcome) => {
      clearTimeout(timer)
      signal.removeEventListener('abort', onAbort)
      resolve(outcome)
    }
    const onAbort = () => settle('aborted')
    const timer = setTimeout(() => settle('elapsed'), ms)
    // A hang must not keep a Node process alive by itself.
    if (released) (timer as { unref?: () => void }).unref?.()
    signal.addEventListener('abort', onAbort)
    void released?.then(() => settle('released'))
  })
}

async function truncated(response: Response): Promise<Response> {
  const text = await response.text()
  const headers = new Headers(response.headers)
  if (!/json/i.test(headers.get('Content-Type') ?? '')) headers.set('Content-Type', 'application/json')
  return new Response(text.slice(0, Math.floor(text.length / 2)) || '{"', { status: 200, headers })
}

async function mutated(response: Response, { set = {}, remove = [] }: Extract<Fault, { kind: 'mutateFlow' }>) {
  if (!/json/i.test(response.headers.get('Content-Type') ?? '')) return response
  const body: unknown = await response.clone().json().catch(() => undefined)
  if (!body || typeof body !== 'object' || Array.isArray(body)) return response
  const fields = body as Record<string, unknown>
  for (const name of remove) delete fields[name]
  Object.assign(fields, set)
  return new Response(JSON.stringify(fields), { status: response.status, headers: response.headers })
}

/** Not handled: a browser would have stopped at the preflight, or never shown the answer. */
function corsRefused(request: Request): Response {
  const response =
    request.method === 'OPTIONS'
      ? new Response(null, { status: 204 })
      : pingOneError(403, 'ACCESS_FAILED', 'Requests from this origin are not allowed.')
  response.headers.set('Vary', 'Origin')
  response.headers.set(privateCorsRefusedHeader, '1')
  return response
}

function withoutCookies(request: Request): Request {
  const headers = new Headers(request.headers)
  headers.delete('Cookie')
  headers.delete(privateCookieHeader)
  return new Request(request, { headers })
}

/** Spends (as a redemption does) or expires the code the token request names. */
async function spoilCode(env: Environment, request: Request, kind: 'replayCode' | 'expireCode') {
  const code = new URLSearchParams(await request.clone().text()).get('code')
  const record = code ? env.store.codes.get(code) : undefined
  if (!code || !record) return
  if (kind === 'replayCode') env.store.codes.delete(code)
  else record.expiresAt = env.now()
}
