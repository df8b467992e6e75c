import type { EmulatorApplication } from '../config/config'
import { findApp, type Ctx } from '../state/context'
import { liveFlow } from '../state/flowLifecycle'

/**
 * Marks a response whose CORS a fault refused. The MSW mount answers it with a network error, as
 * a browser would; the Node server strips it (a real browser refuses such a response by itself).
 */
export const privateCorsRefusedHeader = 'X-Emulator-Cors-Refused'

/**
 * Browsers drop `Origin` from a script-built Request, so in a page (Storybook's MSW) the mount
 * names the page's origin in this private header. The Node server strips it: over real HTTP only
 * the browser's own `Origin` counts.
 */
export const privateOriginHeader = 'X-Emulator-Origin'

/** The request's `Origin`, or the one the MSW mount named for the page. */
export function requestOrigin(request: Request): string | null {
  return request.headers.get('Origin') ?? request.headers.get(privateOriginHeader)
}

/** The applications whose CORS origins an endpoint takes. */
export type CorsApplications = readonly EmulatorApplication[]

/** Every application of the environment: for jwks, discovery, userinfo and unknown flows. */
export function environmentApps(ctx: Ctx): CorsApplications {
  return ctx.config.applications
}

/** Every CORS origin of the environment. */
export function environmentOrigins(ctx: Ctx): string[] {
  return originsOf(environmentApps(ctx))
}

/** The CORS origins of these applications. */
export function originsOf(applications: CorsApplications): string[] {
  return applications.flatMap((app) => app.corsOrigins)
}

/**
 * The flow's application. An unknown or expired flow falls back to the whole environment, so the
 * browser can still read the 404 that says "start again".
 */
export function flowApps(ctx: Ctx, flowId: string | null | undefined): CorsApplications {
  const flow = liveFlow(ctx, flowId)
  const app = flow && findApp(ctx, flow.authorize.clientId)
  return app ? [app] : environmentApps(ctx)
}

/** The application of the `client_id` in the query, form body or Basic header (authorize, token). */
export async function clientApps(ctx: Ctx): Promise<CorsApplications> {
  let clientId = ctx.url.searchParams.get('client_id')
  const type = ctx.request.headers.get('Content-Type') ?? ''
  if (!clientId && type.startsWith('application/x-www-form-urlencoded')) {
    clientId = new URLSearchParams(await ctx.request.clone().text()).get('client_id')
  }
  const basic = /^Basic\s+(.+)$/i.exec(ctx.request.headers.get('Authorization') ?? '')?.[1]
  if (!clientId && basic) {
    try {
      clientId = decodeURIComponent(atob(basic).split(':')[0] ?? '')
    } catch {
      clientId = null
    }
  }
  const app = findApp(ctx, clientId)
  return app ? [app] : environmentApps(ctx)
}

/**
 * The cross-origin `Origin` of a browser's fetch (or preflight) that `origins` do not allow; null
 * when there is none to report: no `Origin`, the emulator's own origin, or a page navigation.
 */
export function refusedOrigin(request: Request, origins: readonly string[]): string | null {
  const origin = requestOrigin(request)
  if (!origin || origins.includes(origin) || origin === new URL(request.url).origin) return null
  return request.headers.get('Sec-Fetch-Mode') === 'navigate' ? null : origin
}

/** Adds the CORS headers when the request's Origin is allowed; otherwise adds nothing. */
export function applyCors(response: Response, request: Request, origins: string[]): Response {
  const origin = requestOrigin(request)
  response.headers.append('Vary', 'Origin')
  if (!origin || !origins.includes(origin)) return response
  response.headers.set('Access-Control-Allow-Origin', origin)
  response.headers.set('Access-Control-Allow-Credentials', 'true')
  return response
}

/** Answers an `OPTIONS` preflight: 204, with permissions only for an allowed origin. */
export function preflight(request: Request, origins: string[]): Response {
  const response = new Response(null, { status: 204 })
  applyCors(response, request, origins)
  if (!response.headers.has('Access-Control-Allow-Origin')) return response
  response.headers.set('Access-Control-Allow-Methods', 'GET, POST')
  const requested = request.headers.get('Access-Control-Request-Headers')
  response.headers.set('Access-Control-Allow-Headers', requested || 'content-type, authorization')
  response.headers.set('Access-Control-Max-Age', '600')
  return response
}
