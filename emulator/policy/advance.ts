import type { Ctx } from '../state/context'
import type { ActionResult } from './feature'
import { completeFlow } from './sessions'
import type { FlowRecord } from '../state/store'

/**
 * Moves an authenticated flow on: to the first policy stage that still has something to ask
 * (expired password, MFA, terms, profile), else to COMPLETED with a new session.
 * Call it after every successful authentication and after every stage's own action.
 */
export function advance(ctx: Ctx, flow: FlowRecord, user: { id: string; username: string }, amr: string[]): ActionResult {
  flow.user = { id: user.id, username: user.username, known: true }
  flow.amr = [...new Set([...(flow.amr ?? []), ...amr])]
  for (const feature of ctx.policy) {
    const status = feature.stage?.(ctx, flow)
    if (status) {
      flow.status = status
      return {}
    }
  }
  completeFlow(ctx, flow, user.id, user.username, flow.amr)
  return {}
}
