import { findUserByName, lockoutRule, type Ctx, type ResolvedUser } from '../state/context'
import { invalidData } from '../http/errors'

/** The outcome of a password check: the user, or the 400 to send back. */
export type PasswordCheck = { user: ResolvedUser } | { error: Response }

/**
 * Checks a password with PingOne's per-user failure counting and lockout. The attempt that
 * reaches the limit, and every attempt while locked (even a right one), is PASSWORD_LOCKED_OUT.
 * A wrong password is `INVALID_CREDENTIALS`, or `INVALID_VALUE` with the failures remaining
 * (`config.wrongPassword`).
 */
export function checkPassword(ctx: Ctx, username: string, password: string): PasswordCheck {
  const user = findUserByName(ctx, username)
  if (!user) return { error: invalidCredentials() }
  const rule = lockoutRule(ctx)
  const now = ctx.now()
  const record = ctx.store.lockouts.get(user.id) ?? { failures: 0 }
  if (record.lockedUntil !== undefined) {
    if (record.lockedUntil > now) return { error: lockedOut(record.lockedUntil - now) }
    record.lockedUntil = undefined
    record.failures = 0
  }
  if (user.password === password) {
    ctx.store.lockouts.delete(user.id)
    return { user }
  }
  record.failures += 1
  if (record.failures >= rule.failures) {
    record.failures = 0
    record.lockedUntil = now + rule.seconds * 1000
    ctx.store.lockouts.set(user.id, record)
    return { error: lockedOut(rule.seconds * 1000) }
  }
  ctx.store.lockouts.set(user.id, record)
  if (ctx.config.wrongPassword !== 'INVALID_VALUE') return { error: invalidCredentials() }
  return {
    error: invalidData([
      {
        code: 'INVALID_VALUE',
        target: 'password',
        message: 'The provided password did not match provisioned password',
        innerError: { failuresRemaining: rule.failures - record.failures },
      },
    ]),
  }
}

/** The same answer for an unknown user and a wrong password, unless `wrongPassword` says otherwise. */
function invalidCredentials(): Response {
  return invalidData([{ code: 'INVALID_CREDENTIALS', message: 'Invalid username and/or password.' }])
}

function lockedOut(remainingMs: number): Response {
  return invalidData([
    {
      code: 'PASSWORD_LOCKED_OUT',
      message: 'The password is locked because of too many failed attempts. Try again later.',
      innerError: { secondsUntilUnlock: Math.ceil(remainingMs / 1000) },
    },
  ])
}
