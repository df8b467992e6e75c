import type { Ctx, Environment } from '../state/context'

/** Forgets flows, sessions, codes, tokens, lockouts and the outbox; fault rules go back to the scenario's. */
export function resetEnvironment(env: Environment): void {
  env.store.clear()
  env.faults.reset()
}

/**
 * `POST _emulator/reset`: `emulator.reset()` over HTTP, for an emulator in another process. Answers
 * 204. The route lets only JSON from trusted origins through (see `emulatorWrite`).
 */
export function resetEndpoint(ctx: Ctx): Response {
  resetEnvironment(ctx)
  return new Response(null, { status: 204, headers: { 'Cache-Control': 'no-store' } })
}
