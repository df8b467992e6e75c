import { requestBrowser } from '../http/browsers'
import type { Ctx, Environment } from '../state/context'
import { sessionSeconds } from '../http/cookies'
import { newId } from '../state/ids'
import type { FlowRecord, SessionRecord } from '../state/store'

/** The valid session of the browser the request's `ST` cookie names, if any. */
export function requestSession(ctx: Ctx): SessionRecord | undefined {
  const id = requestBrowser(ctx)?.sessionId
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
 * Completes `flow` for `userId` with a new session, held by the browser the flow is bound to (its
 * cookie, which every answer renews, now also names the session).
 */
export function completeFlow(ctx: Ctx, flow: FlowRecord, userId: string, username: string, amr: string[]): void {
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
  const browser = flow.browser === undefined ? undefined : ctx.store.browsers.get(flow.browser)
  if (browser) browser.sessionId = session.id
}
