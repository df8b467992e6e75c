import { authorize, getFlow } from './api'
import type { ResolvedConfig } from './config'
import { createTransaction, type Transaction } from './pkce'
import { loadTransaction } from './transactionStore'
import type { Flow } from './types'

/**
 * A flow together with the authorization request behind it. `transaction` is null when someone
 * else started the flow (redirect mode): then the kit finishes by navigating to `resumeUrl`.
 */
export type FlowSession = { flow: Flow; transaction: Transaction | null }

/**
 * Starts a new pi.flow sign-on, or picks up `flowId` (after a redirect to the custom login page or
 * a social round trip) with the transaction kept for it, if any.
 */
export async function startFlow(config: ResolvedConfig, flowId: string | null): Promise<FlowSession> {
  if (flowId) {
    const flow = await getFlow(config, flowId)
    return { flow, transaction: loadTransaction(flowId) }
  }
  const transaction = await createTransaction(config.redirectUri)
  return { flow: await authorize(config, transaction), transaction }
}
