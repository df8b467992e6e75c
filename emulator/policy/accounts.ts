import { findUserById, type Ctx, type ResolvedUser } from '../state/context'
import type { AccountRecord } from '../state/store'

/** The user's run-time record, copied from the config the first time it changes. */
export function accountOf(ctx: Ctx, user: ResolvedUser): AccountRecord {
  const existing = ctx.store.accounts.get(user.id)
  if (existing) return existing
  const account: AccountRecord = { ...user, previousPasswords: [] }
  ctx.store.accounts.set(user.id, account)
  return account
}

/** Sets a new password; the old one goes into the history and any forced change is done. */
export function setPassword(ctx: Ctx, userId: string, password: string) {
  const user = findUserById(ctx, userId)
  if (!user) return
  const account = accountOf(ctx, user)
  account.previousPasswords = [account.password, ...account.previousPasswords].slice(0, 24)
  account.password = password
  account.passwordStatus = undefined
}

/** True while a registered user has not entered the code sent to their e-mail. */
export function isUnverified(ctx: Ctx, userId: string): boolean {
  return ctx.store.accounts.get(userId)?.unverified !== undefined
}

/** The history a new password is checked against: the current password, then older ones. */
export function passwordHistory(ctx: Ctx, userId: string): Partial<AccountRecord> {
  const user = findUserById(ctx, userId)
  if (!user) return {}
  return ctx.store.accounts.get(userId) ?? { ...user, previousPasswords: [] }
}
