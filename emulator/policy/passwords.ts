import type { FlowAction, FlowEmbedded, FlowLinks, FlowStatus } from '../../src/flow/types'
import { isUnverified, passwordHistory, setPassword } from './accounts'
import { advance } from './advance'
import { blankFields, field } from './bodyFields'
import { findApp, findUserById, type Ctx } from '../state/context'
import { invalidData, invalidValue } from '../http/errors'
import type { ActionHandler, Feature } from './feature'
import { passwordPolicyOf, policyDetail } from './passwordPolicy'
import { forgotPassword, notOffered, recoverPassword, resendRecoveryCode } from './recovery'
import { registerUser, resendVerificationCode, sendVerificationCode, verifyUser } from './registration'
import type { FlowRecord } from '../state/store'

/** `password.reset`: the current password and a new one, for an expired or must-change password. */
const resetPassword: ActionHandler = (ctx, flow, body) => {
  const user = flow.user && findUserById(ctx, flow.user.id)
  if (!user) return notOffered(flow, 'password.reset')
  const blank = blankFields(body, ['currentPassword', 'newPassword'])
  if (blank) return { error: blank }
  if (field(body, 'currentPassword') !== user.password) {
    return { error: invalidValue('currentPassword', 'The provided current password did not match provisioned password') }
  }
  const newPassword = field(body, 'newPassword')!
  const policy = policyDetail(ctx, 'newPassword', newPassword, passwordHistory(ctx, user.id))
  if (policy) return { error: invalidData([policy]) }
  setPassword(ctx, user.id, newPassword)
  return advance(ctx, flow, user, ['pwd'])
}

const choosesPassword: FlowStatus[] = ['PASSWORD_EXPIRED', 'MUST_CHANGE_PASSWORD', 'RECOVERY_CODE_REQUIRED']
const offersRegistration: FlowStatus[] = ['USERNAME_PASSWORD_REQUIRED', 'SIGN_ON_REQUIRED', 'ACCOUNT_LINKING_REQUIRED']

/** Expired and must-change passwords, recovery by e-mailed code, registration and verification. */
export const passwordsFeature: Feature = {
  actions: {
    USERNAME_PASSWORD_REQUIRED: ['password.forgot', 'user.register'],
    SIGN_ON_REQUIRED: ['user.register'],
    PASSWORD_REQUIRED: ['password.forgot'],
    ACCOUNT_LINKING_REQUIRED: ['user.register'],
    // Every status here has a user on the flow, so "Not you?" (session.reset) is offered too.
    PASSWORD_EXPIRED: ['password.reset', 'session.reset'],
    MUST_CHANGE_PASSWORD: ['password.reset', 'session.reset'],
    RECOVERY_CODE_REQUIRED: ['password.recover', 'password.sendRecoveryCode', 'session.reset'],
    VERIFICATION_CODE_REQUIRED: ['user.verify', 'user.sendVerificationCode', 'session.reset'],
  },
  handlers: {
    'password.reset': resetPassword,
    'password.forgot': forgotPassword,
    'password.recover': recoverPassword,
    'password.sendRecoveryCode': resendRecoveryCode,
    'user.register': registerUser,
    'user.verify': verifyUser,
    'user.sendVerificationCode': resendVerificationCode,
  },
  view: (ctx, flow) => {
    const app = findApp(ctx, flow.authorize.clientId)
    const registration = app?.registration === true && offersRegistration.includes(flow.status)
    const embedded: FlowEmbedded = {}
    if (registration || choosesPassword.includes(flow.status)) embedded.passwordPolicy = passwordPolicyOf(ctx)
    const user = embeddedUser(ctx, flow)
    if (user) embedded.user = user
    return { embedded, fields: { _links: hiddenLinks(app?.passwordRecovery === true, app?.registration === true) } }
  },
  stage: (ctx, flow) => {
    if (!flow.user?.known) return undefined
    if (isUnverified(ctx, flow.user.id)) {
      sendVerificationCode(ctx, flow.user.id)
      return 'VERIFICATION_CODE_REQUIRED'
    }
    if (!flow.amr?.includes('pwd')) return undefined
    const status = findUserById(ctx, flow.user.id)?.passwordStatus
    return status === 'EXPIRED' ? 'PASSWORD_EXPIRED' : status === 'MUST_CHANGE' ? 'MUST_CHANGE_PASSWORD' : undefined
  },
}

function embeddedUser(ctx: Ctx, flow: FlowRecord): FlowEmbedded['user'] {
  if (!flow.user) return undefined
  if (flow.status === 'PASSWORD_EXPIRED' || flow.status === 'MUST_CHANGE_PASSWORD') {
    return { id: flow.user.id, username: flow.user.username }
  }
  if (flow.status === 'VERIFICATION_CODE_REQUIRED') {
    const email = findUserById(ctx, flow.user.id)?.email
    return { id: flow.user.id, username: flow.user.username, ...(email ? { email } : {}) }
  }
  return undefined
}

// Feature actions are per status; an application that turns recovery or registration off hides them
// here (an undefined link is dropped from the JSON), and their handlers refuse them.
function hiddenLinks(recovery: boolean, registration: boolean): FlowLinks {
  const hidden: FlowAction[] = []
  if (!recovery) hidden.push('password.forgot')
  if (!registration) hidden.push('user.register')
  return Object.fromEntries(hidden.map((action) => [action, undefined]))
}
