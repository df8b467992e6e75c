import type { FlowAction } from '../../src/flow/types'
import { findApp, findUserById, findUserByName, lockoutRule, type Ctx } from '../state/context'
import { passwordHistory, setPassword } from './accounts'
import { advance } from './advance'
import { blankFields, field } from './bodyFields'
import { invalidData, invalidRequest, pingOneError } from '../http/errors'
import type { ActionHandler, ActionResult } from './feature'
import { newId } from '../state/ids'
import { sendCode } from './outbox'
import { policyDetail } from './passwordPolicy'
import type { FlowRecord } from '../state/store'

/** Recovery codes are valid 5 minutes, and 5 wrong codes lock the recovery (reference §5.6). */
const codeLifetimeMs = 5 * 60 * 1000
const maxFailures = 5

/**
 * `password.forgot`: to RECOVERY_CODE_REQUIRED, with a code by e-mail. A username no one has gets
 * 404 `NOT_FOUND` and the flow stays where it was, as Ping's custom sign-on sample meets it
 * (real-clients.md D2); with `unknownUserRecovery: 'continue'` it moves on too, with nothing sent,
 * so that the answer does not reveal who exists.
 */
export const forgotPassword: ActionHandler = (ctx, flow, body) => {
  if (!recoveryOn(ctx, flow)) return notOffered(flow, 'password.forgot')
  const username = field(body, 'username') ?? (flow.status === 'PASSWORD_REQUIRED' ? flow.user?.username : undefined)
  if (!username) return { error: blankFields(body, ['username'])! }
  const user = findUserByName(ctx, username)
  if (!user && ctx.config.unknownUserRecovery !== 'continue') {
    return { error: pingOneError(404, 'NOT_FOUND', 'Such user name could not be found.') }
  }
  flow.user = user ? { id: user.id, username: user.username, known: true } : { id: newId(), username, known: false }
  flow.recovery = { userId: user?.id, expiresAt: 0, failures: 0 }
  sendRecoveryCode(ctx, flow)
  flow.status = 'RECOVERY_CODE_REQUIRED'
  return {}
}

/** `password.sendRecoveryCode`: a new code, and the failure count starts again. */
export const resendRecoveryCode: ActionHandler = (ctx, flow) => {
  if (!flow.recovery) return notOffered(flow, 'password.sendRecoveryCode')
  flow.recovery.failures = 0
  flow.recovery.lockedUntil = undefined
  sendRecoveryCode(ctx, flow)
  return {}
}

/** `password.recover`: the code and a new password; success signs the user on. */
export const recoverPassword: ActionHandler = (ctx, flow, body) => {
  const recovery = flow.recovery
  if (!recovery) return notOffered(flow, 'password.recover')
  const blank = blankFields(body, ['recoveryCode', 'newPassword'])
  if (blank) return { error: blank }
  if (recovery.lockedUntil !== undefined) {
    if (recovery.lockedUntil > ctx.now()) return { error: lockedOut(recovery.lockedUntil - ctx.now()) }
    recovery.lockedUntil = undefined
    recovery.failures = 0
  }
  const code = field(body, 'recoveryCode')!.trim().toUpperCase()
  const expired = ctx.now() >= recovery.expiresAt
  if (!recovery.code || code !== recovery.code || expired) return wrongCode(ctx, flow, expired && code === recovery.code)
  const user = findUserById(ctx, recovery.userId!)
  if (!user) return wrongCode(ctx, flow, false)
  const newPassword = field(body, 'newPassword')!
  const policy = policyDetail(ctx, 'newPassword', newPassword, passwordHistory(ctx, user.id))
  if (policy) return { error: invalidData([policy]) }
  setPassword(ctx, user.id, newPassword)
  // A new password also ends a sign-on lockout, as PingOne's recovery does.
  ctx.store.lockouts.delete(user.id)
  flow.recovery = undefined
  return advance(ctx, flow, user, ['pwd'])
}

function sendRecoveryCode(ctx: Ctx, flow: FlowRecord) {
  const recovery = flow.recovery!
  const user = recovery.userId ? findUserById(ctx, recovery.userId) : undefined
  recovery.expiresAt = ctx.now() + codeLifetimeMs
  recovery.code = user?.email
    ? sendCode(ctx, { username: user.username, channel: 'EMAIL', to: user.email, purpose: 'recovery' })
    : undefined
}

function wrongCode(ctx: Ctx, flow: FlowRecord, expired: boolean): ActionResult {
  const recovery = flow.recovery!
  recovery.failures += 1
  if (recovery.failures >= maxFailures) {
    const ms = lockoutRule(ctx).seconds * 1000
    recovery.lockedUntil = ctx.now() + ms
    return { error: lockedOut(ms) }
  }
  return {
    error: invalidData([
      {
        code: 'INVALID_VALUE',
        target: 'recoveryCode',
        message: expired ? 'The recovery code has expired' : 'The recovery code is invalid',
        innerError: { failuresRemaining: maxFailures - recovery.failures },
      },
    ]),
  }
}

function lockedOut(remainingMs: number): Response {
  return invalidData([
    {
      code: 'PASSWORD_LOCKED_OUT',
      message: 'Too many wrong recovery codes. Send a new code or try again later.',
      innerError: { secondsUntilUnlock: Math.ceil(remainingMs / 1000) },
    },
  ])
}

function recoveryOn(ctx: Ctx, flow: FlowRecord): boolean {
  return findApp(ctx, flow.authorize.clientId)?.passwordRecovery === true
}

/** Same answer as an action missing from `_links` (see flows.ts). */
export function notOffered(flow: FlowRecord, action: FlowAction): ActionResult {
  return { error: invalidRequest(`The action ${action} is not allowed while the flow is ${flow.status}.`) }
}
