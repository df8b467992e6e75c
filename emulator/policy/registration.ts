import type { PingOneErrorDetail } from '../../src/flow/types'
import { findApp, findUserByName, type Ctx } from '../state/context'
import { advance } from './advance'
import { blankFields, field } from './bodyFields'
import { invalidData } from '../http/errors'
import type { ActionHandler } from './feature'
import { newId } from '../state/ids'
import { sendCode } from './outbox'
import { policyDetail } from './passwordPolicy'
import { notOffered } from './recovery'
import type { AccountRecord } from '../state/store'

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** `user.register`: creates an unverified user and e-mails a verification code. */
export const registerUser: ActionHandler = (ctx, flow, body) => {
  if (findApp(ctx, flow.authorize.clientId)?.registration !== true) return notOffered(flow, 'user.register')
  const blank = blankFields(body, ['username', 'email', 'password'])
  if (blank) return { error: blank }
  const username = field(body, 'username')!.trim()
  const email = field(body, 'email')!.trim()
  const password = field(body, 'password')!
  const name = nameOf(body.name)
  const problems: PingOneErrorDetail[] = []
  if (findUserByName(ctx, username)) {
    problems.push({ code: 'UNIQUENESS_VIOLATION', target: 'username', message: 'A user with this username already exists' })
  }
  if (!emailPattern.test(email)) {
    problems.push({ code: 'INVALID_VALUE', target: 'email', message: 'The email address is not valid' })
  } else if (emailTaken(ctx, email)) {
    problems.push({ code: 'UNIQUENESS_VIOLATION', target: 'email', message: 'A user with this email already exists' })
  }
  const policy = policyDetail(ctx, 'password', password, { username, email, name })
  if (policy) problems.push(policy)
  if (problems.length > 0) return { error: invalidData(problems) }

  const account: AccountRecord = { id: newId(), username, email, password, name, previousPasswords: [], unverified: {} }
  ctx.store.accounts.set(account.id, account)
  // The policy stage (see passwords.ts) stops at VERIFICATION_CODE_REQUIRED and sends the code.
  return advance(ctx, flow, account, ['pwd'])
}

/** `user.verify`: the code from the e-mail; success verifies the user and signs them on. */
export const verifyUser: ActionHandler = (ctx, flow, body) => {
  const account = flow.user && ctx.store.accounts.get(flow.user.id)
  if (!account?.unverified) return notOffered(flow, 'user.verify')
  const blank = blankFields(body, ['verificationCode'])
  if (blank) return { error: blank }
  if (field(body, 'verificationCode')!.trim().toUpperCase() !== account.unverified.code) {
    return {
      error: invalidData([
        { code: 'INVALID_VALUE', target: 'verificationCode', message: 'The verification code is invalid' },
      ]),
    }
  }
  account.unverified = undefined
  return advance(ctx, flow, account, ['pwd'])
}

/** `user.sendVerificationCode`: a new code; the old one stops working. */
export const resendVerificationCode: ActionHandler = (ctx, flow) => {
  if (!flow.user || !ctx.store.accounts.get(flow.user.id)?.unverified) {
    return notOffered(flow, 'user.sendVerificationCode')
  }
  sendVerificationCode(ctx, flow.user.id)
  return {}
}

/** E-mails a fresh verification code to the user and remembers it. */
export function sendVerificationCode(ctx: Ctx, userId: string) {
  const account = ctx.store.accounts.get(userId)
  if (!account?.unverified || !account.email) return
  account.unverified.code = sendCode(ctx, {
    username: account.username,
    channel: 'EMAIL',
    to: account.email,
    purpose: 'verification',
  })
}

function emailTaken(ctx: Ctx, email: string): boolean {
  const wanted = email.toLowerCase()
  const users = new Map([...ctx.users.map((user) => [user.id, user] as const), ...ctx.store.accounts])
  return [...users.values()].some((user) => user.email?.toLowerCase() === wanted)
}

function nameOf(value: unknown): AccountRecord['name'] {
  if (typeof value !== 'object' || value === null) return undefined
  const { given, family } = value as Record<string, unknown>
  const name = {
    ...(typeof given === 'string' && given.trim() ? { given: given.trim() } : {}),
    ...(typeof family === 'string' && family.trim() ? { family: family.trim() } : {}),
  }
  return Object.keys(name).length > 0 ? name : undefined
}
