import type { PasswordPolicy, PingOneErrorDetail } from '../../src/flow/types'
import { standardPasswordPolicy } from '../config/config'
import type { Ctx } from '../state/context'
import type { AccountRecord } from '../state/store'

/** What the server knows besides the policy: the user's details and older passwords. */
export type PasswordContext = {
  username?: string
  email?: string
  name?: { given?: string; family?: string }
  /** The current password first, then older ones. */
  previous?: string[]
}

export function passwordPolicyOf(ctx: Ctx): PasswordPolicy {
  return ctx.config.passwordPolicy ?? standardPasswordPolicy
}

/**
 * The requirements `password` misses, PingOne style: `minCharacters` once per character set
 * missing, and one sentence per requirement name.
 */
export function unsatisfiedRequirements(policy: PasswordPolicy, password: string, context: PasswordContext = {}) {
  const names: string[] = []
  const texts: Record<string, string> = {}
  const fail = (name: string, text: string) => {
    names.push(name)
    texts[name] = text
  }
  const chars = [...password]
  const { min = 0, max = Infinity } = policy.length ?? {}
  if (chars.length < min || chars.length > max) {
    fail('length', `The password must be between ${min} and ${max} characters.`)
  }
  const missing = Object.entries(policy.minCharacters ?? {}).filter(
    ([set, count]) => chars.filter((c) => set.includes(c)).length < count,
  )
  for (const [set, count] of missing) fail('minCharacters', `The password must contain at least ${count} of: ${set}`)
  const repeats = policy.maxRepeatedCharacters
  if (typeof repeats === 'number' && longestRun(chars) > repeats) {
    fail('maxRepeatedCharacters', `The password must not repeat a character more than ${repeats} times in a row.`)
  }
  const unique = policy.minUniqueCharacters
  if (typeof unique === 'number' && new Set(chars).size < unique) {
    fail('minUniqueCharacters', `The password must contain at least ${unique} different characters.`)
  }
  const count = policy.history?.count ?? 0
  if (count > 0 && (context.previous ?? []).slice(0, count).includes(password)) {
    fail('history', `The password must not be one of the last ${count} passwords.`)
  }
  if (policy.excludesProfileData === true && containsProfileData(password, context)) {
    fail('excludesProfileData', 'The password must not contain your username, e-mail address or name.')
  }
  return { unsatisfiedRequirements: names, ...texts }
}

/** The INVALID_VALUE detail for a password that misses the policy, or undefined if it meets it. */
export function policyDetail(
  ctx: Ctx,
  target: 'password' | 'newPassword',
  password: string,
  account?: Partial<AccountRecord>,
): PingOneErrorDetail | undefined {
  const previous = account?.password ? [account.password, ...(account.previousPasswords ?? [])] : []
  const innerError = unsatisfiedRequirements(passwordPolicyOf(ctx), password, { ...account, previous })
  if (innerError.unsatisfiedRequirements.length === 0) return undefined
  const who = target === 'password' ? 'User' : 'New'
  return {
    code: 'INVALID_VALUE',
    target,
    message: `${who} password did not satisfy password policy requirements`,
    innerError,
  }
}

function longestRun(chars: string[]): number {
  let longest = 0
  let run = 0
  chars.forEach((c, i) => {
    run = c === chars[i - 1] ? run + 1 : 1
    longest = Math.max(longest, run)
  })
  return longest
}

function containsProfileData(password: string, context: PasswordContext): boolean {
  const lower = password.toLowerCase()
  const parts = [context.username, context.email?.split('@')[0], context.name?.given, context.name?.family]
  return parts.some((part) => part !== undefined && part.length >= 3 && lower.includes(part.toLowerCase()))
}
