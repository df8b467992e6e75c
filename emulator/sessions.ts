import type { Ctx, Environment } from './context'
import { readCookie, sessionCookie, sessionSeconds } from './cookies'
import { newId } from './ids'
import type { FlowRecord, SessionRecord } from './store'

/** The valid session named by the request's `ST` cookie, if any. */
export function requestSession(ctx: Ctx): SessionRecord | undefined {
  const id = readCookie(ctx.request, 'ST')
  return id ? liveSession(ctx, id) : undefined
}

export function liveSession(env: Environment, id: string): SessionRecord | undefined {
  const session = env.store.sessions.get(id)
  if (!session) return undefined
  if (session.expiresAt <= env.now()) {
    env.store.sessions.delete(id)
    return undefined
  }
  return session
}

/**
 * Completes `flow` for `userId` with a new session; returns the `Set-Cookie` value that
 * the response must carry.
 */
export function completeFlow(ctx: Ctx, flow: FlowRecord, userId: string, username: string, amr: string[]): string {
  const now = ctx.now()
  const session: SessionRecord = {
    id: newId(),
    userId,
    authTime: now,
    expiresAt: now + sessionSeconds * 1000,
    amr,
  }
  ctx.store.sessions.set(session.id, session)
  flow.status = 'COMPLETED'
  flow.user = { id: userId, username, known: true }
  flow.sessionId = session.id
  return sessionCookie(ctx.base, session.id)
}
