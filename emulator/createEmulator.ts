import { defaultConfig, type EmulatorConfig } from './config'
import { resolveUsers, type Ctx, type Environment } from './context'
import { applyCors, preflight } from './cors'
import { notFound, pingOneError } from './errors'
import { answerPush, pendingPushes, type PendingPush } from './push'
import { findRoute } from './routes'
import { createStore, type OutboxMessage } from './store'
import { lazySigningKey } from './tokens'

/** Options for {@link createEmulator}. */
export type EmulatorOptions = {
  /** The clock, in ms since the epoch: flow and code expiry, lockouts, token times. */
  now?: () => number
}

/** A running fake PingOne environment. */
export type Emulator = {
  /** The one fetch handler for every endpoint, on whatever origin the request names. Never throws. */
  handle(request: Request): Promise<Response>
  /** Forgets flows, sessions, codes, tokens, lockouts and the outbox; keeps config and signing key. */
  reset(): void
  /** The codes sent so far (OTP, recovery, verification), newest last. */
  outbox(): readonly OutboxMessage[]
  /** Answers the push a flow waits for, as the user's phone would; the kit's next poll sees it. False if none waits. */
  push(flowId: string, answer: 'approve' | 'deny'): boolean
  /** The pushes waiting for an answer (also at `GET {env}/_emulator/push`). */
  pushes(): PendingPush[]
  readonly config: EmulatorConfig
}

/**
 * Creates an in-memory PingOne environment: authorize, the flows API, resume, token, OIDC
 * discovery, JWKS, userinfo, signoff and a fake social IdP, under `{origin}/{environmentId}/`.
 */
export function createEmulator(config: EmulatorConfig = defaultConfig, options: EmulatorOptions = {}): Emulator {
  const env: Environment = {
    config,
    users: resolveUsers(config),
    store: createStore(),
    now: options.now ?? Date.now,
    signingKey: lazySigningKey(),
  }
  return {
    config,
    reset: () => env.store.clear(),
    outbox: () => env.store.outbox.slice(),
    push: (flowId, answer) => answerPush(env, flowId, answer),
    pushes: () => pendingPushes(env),
    async handle(request) {
      try {
        return await route(env, request)
      } catch {
        return pingOneError(500, 'UNEXPECTED_ERROR', 'An unexpected error occurred.')
      }
    },
  }
}

async function route(env: Environment, request: Request): Promise<Response> {
  const url = new URL(request.url)
  const [environmentId, ...segments] = url.pathname.split('/').filter(Boolean)
  if (environmentId !== env.config.environmentId) return notFound()
  const ctx: Ctx = { ...env, request, url, base: `${url.origin}/${environmentId}` }
  const endpoint = findRoute(segments)
  if (!endpoint) return notFound()

  const origins = endpoint.origins ? await endpoint.origins(ctx) : []
  if (request.method === 'OPTIONS') return preflight(request, origins)
  const handler = request.method === 'GET' || request.method === 'POST' ? endpoint[request.method] : undefined
  const response = handler
    ? await handler(ctx)
    : pingOneError(405, 'METHOD_NOT_ALLOWED', `${request.method} is not supported here.`)
  return endpoint.origins ? applyCors(response, request, origins) : response
}
