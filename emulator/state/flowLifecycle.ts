import type { FlowStatus } from '../../src/flow/types'
import type { EmulatorApplication } from '../config/config'
import type { Environment } from './context'
import { newId } from './ids'
import type { AuthorizeParams, FlowRecord } from './store'

/** Flows expire after 15 minutes without activity, like PingOne's. */
export const flowIdleMs = 15 * 60 * 1000

/**
 * The status a flow starts in (and returns to on `session.reset`) under `policy`: the one `acr_values`
 * picked, else the app's own.
 */
export function initialStatus(app: EmulatorApplication, policy = app.signOnPolicy): FlowStatus {
  return policy === 'identifierFirst' ? 'SIGN_ON_REQUIRED' : 'USERNAME_PASSWORD_REQUIRED'
}

/** Statuses on which the sign-on page offers the app's social providers. */
export function offersSocialProviders(status: FlowStatus): boolean {
  return status === 'USERNAME_PASSWORD_REQUIRED' || status === 'SIGN_ON_REQUIRED'
}

export function createFlow(env: Environment, app: EmulatorApplication, authorize: AuthorizeParams): FlowRecord {
  const now = env.now()
  const flow: FlowRecord = {
    id: newId(),
    status: initialStatus(app, authorize.signOnPolicy),
    createdAt: now,
    lastActivity: now,
    piFlow: authorize.responseMode === 'pi.flow',
    authorize,
  }
  env.store.flows.set(flow.id, flow)
  return flow
}

/** The flow if it exists and has not idled out; an idle flow is forgotten. */
export function liveFlow(env: Environment, id: string | null | undefined): FlowRecord | undefined {
  if (!id) return undefined
  const flow = env.store.flows.get(id)
  if (!flow) return undefined
  if (env.now() >= flow.lastActivity + flowIdleMs) {
    env.store.flows.delete(id)
    return undefined
  }
  return flow
}

/**
 * Gives `flow` a new id, if the environment rotates them (`rotateFlowIds`), once the user has passed
 * a credential check: Ping's recent samples take the `id` of each answer from then on
 * (real-clients.md D3). The old id is forgotten.
 */
export function rotateFlowId(env: Environment, flow: FlowRecord) {
  if (!env.config.rotateFlowIds || flow.amr === undefined) return
  env.store.flows.delete(flow.id)
  flow.id = newId()
  env.store.flows.set(flow.id, flow)
}

/** Slides the idle deadline. */
export function touch(env: Environment, flow: FlowRecord) {
  flow.lastActivity = env.now()
}
