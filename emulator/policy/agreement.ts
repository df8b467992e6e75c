import { findApp, findUserById, type Ctx } from '../state/context'
import { advance } from './advance'
import { invalidValue } from '../http/errors'
import type { Feature } from './feature'
import { failFlow } from './failFlow'
import type { FlowRecord } from '../state/store'

/**
 * Terms of service: users configured with `acceptedAgreement: false` must accept the app's
 * `agreement` once (AGREEMENT_CONSENT_REQUIRED, `user.consent`); declining fails the flow.
 */
export const agreementFeature: Feature = {
  actions: { AGREEMENT_CONSENT_REQUIRED: ['user.consent', 'session.reset'] },
  handlers: {
    'user.consent': (ctx, flow, body) => {
      const agreement = settings(ctx, flow)
      if (typeof body.accept !== 'boolean') return { error: invalidValue('accept', 'accept must be true or false') }
      if (!agreement || !flow.user) return { error: invalidValue('accept', 'There is no agreement to accept.') }
      if (!body.accept) {
        failFlow(flow, 'AGREEMENT_DECLINED', `The user declined the agreement "${agreement.name}".`)
        return {}
      }
      ctx.store.consents.add(consentKey(flow.user.id, agreement.id))
      return advance(ctx, flow, flow.user, [])
    },
  },
  view: (ctx, flow) => {
    const agreement = settings(ctx, flow)
    if (flow.status !== 'AGREEMENT_CONSENT_REQUIRED' || !agreement) return undefined
    return { embedded: { agreement: { id: agreement.id, name: agreement.name, language: 'en', text: agreement.text } } }
  },
  stage: (ctx, flow) => {
    const agreement = settings(ctx, flow)
    const user = flow.user && findUserById(ctx, flow.user.id)
    if (!agreement || !user || user.acceptedAgreement !== false) return undefined
    return ctx.store.consents.has(consentKey(user.id, agreement.id)) ? undefined : 'AGREEMENT_CONSENT_REQUIRED'
  },
}

function settings(ctx: Ctx, flow: FlowRecord) {
  return findApp(ctx, flow.authorize.clientId)?.agreement
}

function consentKey(userId: string, agreementId: string) {
  return `${userId}/${agreementId}`
}
