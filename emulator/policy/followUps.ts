import type { FlowAction, FlowStatus } from '../../src/flow/types'
import { agreementFeature } from './agreement'
import { deviceGrantFeature } from './deviceGrant'
import type { Feature } from './feature'
import { linkingFeature } from './linking'
import { profileFeature } from './profile'

// Stage order within the slice: link the external identity, terms, profile (the reference's
// LOGIN -> MFA -> AGREEMENT -> PROGRESSIVE_PROFILING), and the device's consent last.
const parts = [linkingFeature, agreementFeature, profileFeature, deviceGrantFeature]

/** Account linking and confirmation, external authentication, profile data, agreement, device grant. */
export const followUpsFeature: Feature = {
  actions: mergeActions(parts),
  handlers: Object.assign({}, ...parts.map((part) => part.handlers)),
  view: (ctx, flow) => {
    const views = parts.map((part) => part.view?.(ctx, flow))
    // A FAILED flow says why; PingOne's samples show `error.message`.
    const failed = flow.status === 'FAILED' && flow.error ? { error: { ...flow.error } } : {}
    return {
      embedded: Object.assign({}, ...views.map((view) => view?.embedded)),
      fields: Object.assign(failed, ...views.map((view) => view?.fields)),
    }
  },
  stage: (ctx, flow) => {
    for (const part of parts) {
      const status = part.stage?.(ctx, flow)
      if (status) return status
    }
    return undefined
  },
}

function mergeActions(features: Feature[]): Partial<Record<FlowStatus, FlowAction[]>> {
  const merged: Partial<Record<FlowStatus, FlowAction[]>> = {}
  for (const feature of features) {
    for (const [status, actions] of Object.entries(feature.actions ?? {}) as [FlowStatus, FlowAction[]][]) {
      merged[status] = [...(merged[status] ?? []), ...actions]
    }
  }
  return merged
}
