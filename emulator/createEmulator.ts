import { defaultConfig, type EmulatorConfig } from './config/config'
import { resolveUsers, type Ctx, type Environment } from './state/context'
import { applyFault, faultRequest } from './faults/applyFault'
import { configUrlProblem } from './config/configUrlProblem'
import { describeConfigProblem } from './config/configProblem'
import { applyCors, originsOf, preflight, refusedOrigin } from './http/cors'
import { corsRefusalLog, type CorsRefusalLog } from './http/corsRefusals'
import { notFound, pingOneError } from './http/errors'
import { createFaultSet, type EmulatorFaults } from './faults/faults'
import { features } from './policy/features'
import { answerPush, pendingPushes, type PendingPush } from './policy/push'
import { customDomainOrigins, locate } from './http/locate'
import { resetEnvironment } from './pages/resetEndpoint'
import { findRoute, type Route } from './routes'
import { createStore, type OutboxMessage } from './state/store'
import { lazySigningKey } from './oauth/tokens'

/** Options for {@link createEmulator}. */
export type EmulatorOptions = {
  /** The clock, in ms since the epoch: flow and code expiry, lockouts, token times. */
  now?: () => number
  /**
   * Receives the emulator's warnings, such as a browser origin refused CORS (once per application
   * and origin, naming the application). Defaults to `console.warn`.
   */
  onWarning?: (message: string) => void
}

/** A running fake PingOne environment. */
export type Emulator = {
  /** The one fetch handler for every endpoint, on whatever origin the request names. Never throws. */
  handle(request: Request): Promise<Response>
  /**
   * Forgets flows, sessions, codes, tokens, lockouts and the outbox; keeps config and signing key.
   * Fault rules go back to the scenario's (`config.faults`), with their full counts. Also at
   * `POST {env}/_emulator/reset` (`Content-Type: application/json`; 204).
   */
  reset(): void
  /** The codes sent so far (OTP, recovery, verification), newest last (also at `GET {env}/_emulator/outbox`). */
  outbox(): readonly OutboxMessage[]
  /** Answers the push a flow waits for, as the user's phone would; the kit's next poll sees it. False if none waits. */
  push(flowId: string, answer: 'approve' | 'deny'): boolean
  /** The pushes waiting for an answer (also at `GET {env}/_emulator/push`). */
  pushes(): PendingPush[]
  /**
   * Faults on PingOne's endpoints (authorize, flows, resume, token): errors, delays, hangs,
   * broken bodies, refused CORS, lost sessions, expired flows and codes. Also at
   * `GET|POST {env}/_emulator/faults` (POST: `Content-Type: application/json`, and no `Origin` but
   * the emulator's own or an application's CORS origin).
   */
  readonly faults: EmulatorFaults
  readonly config: EmulatorConfig
}

/**
 * Creates an in-memory PingOne environment: authorize, the flows API, resume, token, OIDC
 * discovery, JWKS, userinfo, signoff and a fake social IdP, under `{origin}/{environmentId}/`, and
 * under `{customDomain}/` for each of `config.customDomains`. Throws a TypeError naming the field
 * when an origin or URL of the config (`corsOrigins`, `redirectUris`, `loginPageUrl`,
 * `customDomains`) could never match a browser's request.
 */
export function createEmulator(config: EmulatorConfig = defaultConfig, options: EmulatorOptions = {}): Emulator {
  const problem = configUrlProblem(config)
  if (problem) throw new TypeError(describeConfigProblem(problem))
  const env: Environment = {
    config,
    users: resolveUsers(config),
    store: createStore(),
    faults: createFaultSet(config.faults),
    now: options.now ?? Date.now,
    signingKey: lazySigningKey(),
    policy: features,
  }
  const customDomains = customDomainOrigins(config)
  const refused = corsRefusalLog(options.onWarning ?? console.warn)
  const { add, clear, list } = env.faults
  return {
    config,
    faults: { add, clear, list },
    reset: () => resetEnvironment(env),
    outbox: () => env.store.outbox.slice(),
    push: (flowId, answer) => answerPush(env, flowId, answer),
    pushes: () => pendingPushes(env),
    async handle(request) {
      try {
        return await route(env, customDomains, refused, request)
      } catch {
        return pingOneError(500, 'UNEXPECTED_ERROR', 'An unexpected error occurred.')
      }
    },
  }
}

async function route(
  env: Environment,
  customDomains: ReadonlySet<string>,
  refused: CorsRefusalLog,
  request: Request,
): Promise<Response> {
  const url = new URL(request.url)
  const location = locate(env.config.environmentId, customDomains, url)
  const endpoint = location && findRoute(location.segments)
  if (!location || !endpoint) return notServed()

  const { base, segments } = location
  const applications = endpoint.cors ? await endpoint.cors(context(env, request, base)) : []
  const origins = originsOf(applications)
  const serve = (forwarded: Request) => answer(endpoint, context(env, forwarded, base))
  const seen = endpoint.faults && faultRequest(endpoint.faults, request, segments)
  const taken = seen && env.faults.take(seen)
  const respond = () => (taken ? applyFault(taken, { env, request, flowId: seen?.flowId, serve }) : serve(request))
  // A refused CORS answers without CORS headers, a preflight included.
  if (taken?.fault.kind === 'corsRefused') return respond()
  const refusal = endpoint.cors && refusedOrigin(request, origins)
  if (refusal) refused(refusal, applications)
  if (request.method === 'OPTIONS') return preflight(request, origins)
  const response = await respond()
  return endpoint.cors ? applyCors(response, request, origins) : response
}

/**
 * An unknown environment or path: a 404 that allows no origin, so a page's `fetch` fails as a CORS
 * refusal (what a browser shows for a wrong `environmentId`), while a server reads the body. It
 * varies on `Origin` like every CORS answer, which tells the MSW mount to refuse it to a page.
 */
function notServed(): Response {
  const response = notFound()
  response.headers.append('Vary', 'Origin')
  return response
}

async function answer(endpoint: Route, ctx: Ctx): Promise<Response> {
  const { method } = ctx.request
  const handler = method === 'GET' || method === 'POST' ? endpoint[method] : undefined
  return handler ? handler(ctx) : pingOneError(405, 'METHOD_NOT_ALLOWED', `${method} is not supported here.`)
}

function context(env: Environment, request: Request, base: string): Ctx {
  return { ...env, request, url: new URL(request.url), base }
}
