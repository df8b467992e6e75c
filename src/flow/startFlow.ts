import { authorize, getFlow } from './api'
import type { ResolvedConfig } from './config'
import { kitError } from './errors'
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
 * a social round trip) with the transaction kept for it, if any. A login page without a client
 * starts nothing: without a flow to continue, it fails with `NO_FLOW`.
 */
export async function startFlow(config: ResolvedConfig, flowId: string | null): Promise<FlowSession> {
  if (flowId) {
    const flow = await getFlow(config, flowId)
    return { flow, transaction: loadTransaction(flowId) }
  }
  if (!config.clientId) throw kitError('NO_FLOW', 'This login page has no flow to continue: sign-ons start in the app.')
  const transaction = await createTransaction(config.redirectUri)
  return { flow: await authorize(config, transaction), transaction }
}
