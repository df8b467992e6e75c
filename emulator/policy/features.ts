import type { FlowAction, FlowStatus } from '../../src/flow/types'
import { signOnFeature } from './actions'
import type { ActionHandler, Feature } from './feature'
import { followUpsFeature } from './followUps'
import { mfaFeature } from './mfa'
import { passwordsFeature } from './passwords'

/** The emulated sign-on policy, in stage order: password checks, then MFA, then terms and profile. */
export const features: Feature[] = [signOnFeature, passwordsFeature, mfaFeature, followUpsFeature]

/** The actions each status offers; each becomes a `_links` key. */
export function allowedActions(status: FlowStatus): FlowAction[] {
  return [...new Set(features.flatMap((feature) => feature.actions?.[status] ?? []))]
}

export function actionHandler(action: FlowAction): ActionHandler | undefined {
  for (const feature of features) {
    const handler = feature.handlers?.[action]
    if (handler) return handler
  }
  return undefined
}
