import type { PasswordPolicy, PingOneErrorDetail } from './types'

/** One line of a password checklist. */
export type PasswordRule = {
  /** `length`, `minCharacters:<set>`, `maxRepeatedCharacters`, `minUniqueCharacters`, or a server-only name. */
  id: string
  /** The PingOne requirement name the rule belongs to, as in `unsatisfiedRequirements`. */
  requirement: string
  label: string
  /** Whether the password meets it; server-only rules are never known to be met in the browser. */
  met: boolean
  /** PingOne said the last password sent missed this requirement. */
  reported: boolean
}

const setNames: Record<string, [one: string, many: string]> = {
  ABCDEFGHIJKLMNOPQRSTUVWXYZ: ['An uppercase letter', 'uppercase letters'],
  abcdefghijklmnopqrstuvwxyz: ['A lowercase letter', 'lowercase letters'],
  '0123456789': ['A number', 'numbers'],
}

const serverOnlyLabels: Record<string, (policy: PasswordPolicy) => string> = {
  history: (p) => `Not one of your last ${p.history?.count ?? 'few'} passwords`,
  excludesProfileData: () => 'Does not contain your name, username or email address',
  excludesCommonlyUsed: () => 'Not a commonly used password',
  notSimilarToCurrent: () => 'Not too similar to your current password',
  minComplexity: () => 'A less predictable mix of characters',
}

/**
 * Checks `password` against the rules of `policy` a browser can check (length, character sets,
 * repeats, unique characters), and adds the rules PingOne reported missed (`reported`, from
 * {@link reportedRequirements}), including those only PingOne can check, such as `history`.
 */
export function evaluatePassword(policy: PasswordPolicy | undefined, password: string, reported: string[] = []): PasswordRule[] {
  if (!policy) return []
  const chars = [...password]
  const rule = (id: string, requirement: string, label: string, met: boolean): PasswordRule => ({
    id,
    requirement,
    label,
    met,
    reported: reported.includes(requirement),
  })
  const rules: PasswordRule[] = []
  const { min, max } = policy.length ?? {}
  if (typeof min === 'number' || typeof max === 'number') {
    const label = typeof max === 'number' && max < 100 ? `${min ?? 1} to ${max} characters` : `At least ${min ?? 1} characters`
    rules.push(rule('length', 'length', label, chars.length >= (min ?? 0) && chars.length <= (max ?? Infinity)))
  }
  for (const [set, count] of Object.entries(policy.minCharacters ?? {})) {
    if (typeof count !== 'number' || count < 1) continue
    const met = chars.filter((c) => set.includes(c)).length >= count
    rules.push(rule(`minCharacters:${set}`, 'minCharacters', setLabel(set, count), met))
  }
  const repeats = policy.maxRepeatedCharacters
  if (typeof repeats === 'number') {
    const label = `No character more than ${repeats} ${repeats === 1 ? 'time' : 'times'} in a row`
    rules.push(rule('maxRepeatedCharacters', 'maxRepeatedCharacters', label, longestRun(chars) <= repeats))
  }
  const unique = policy.minUniqueCharacters
  if (typeof unique === 'number') {
    rules.push(rule('minUniqueCharacters', 'minUniqueCharacters', `At least ${unique} different characters`, new Set(chars).size >= unique))
  }
  const known = new Set(rules.map((r) => r.requirement))
  for (const name of new Set(reported)) {
    if (known.has(name)) continue
    rules.push(rule(name, name, serverOnlyLabels[name]?.(policy) ?? `Meets the "${name}" rule`, false))
  }
  return rules
}

/** The requirement names PingOne reported missed for `field` (`password` or `newPassword`). */
export function reportedRequirements(details: PingOneErrorDetail[] | undefined, field: string): string[] {
  const detail = details?.find((d) => d.target === field && Array.isArray(d.innerError?.unsatisfiedRequirements))
  return (detail?.innerError?.unsatisfiedRequirements ?? []).filter((name): name is string => typeof name === 'string')
}

/** True when every rule the browser can check is met. */
export function meetsPolicy(policy: PasswordPolicy | undefined, password: string): boolean {
  return evaluatePassword(policy, password).every((rule) => rule.met)
}

function setLabel(set: string, count: number): string {
  const names = setNames[set]
  if (names) return count === 1 ? names[0] : `At least ${count} ${names[1]}`
  const special = count === 1 ? 'A special character' : `At least ${count} special characters`
  return `${special} (${set})`
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
