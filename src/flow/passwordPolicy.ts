import type { MessageKey, MessageParams } from '../messages/types'
import type { PasswordPolicy, PingOneErrorDetail } from './types'

/** What a rule says, as a catalogue key and its parameters (the UI translates it). */
export type RuleMessage = { key: MessageKey; params?: MessageParams }

/** One line of a password checklist. */
export type PasswordRule = {
  /** `length`, `minCharacters:<set>`, `maxRepeatedCharacters`, `minUniqueCharacters`, or a server-only name. */
  id: string
  /** The PingOne requirement name the rule belongs to, as in `unsatisfiedRequirements`. */
  requirement: string
  /** The rule in words, for the UI to translate: `{ key: 'passwordPolicy.minLength', params: { count: 8 } }`. */
  message: RuleMessage
  /** Whether the password meets it; server-only rules are never known to be met in the browser. */
  met: boolean
  /** PingOne said the last password sent missed this requirement. */
  reported: boolean
}

const setKeys: Record<string, MessageKey> = {
  ABCDEFGHIJKLMNOPQRSTUVWXYZ: 'passwordPolicy.uppercase',
  abcdefghijklmnopqrstuvwxyz: 'passwordPolicy.lowercase',
  '0123456789': 'passwordPolicy.number',
}

const serverOnly: Record<string, (policy: PasswordPolicy) => RuleMessage> = {
  history: (p) =>
    typeof p.history?.count === 'number'
      ? { key: 'passwordPolicy.history', params: { count: p.history.count } }
      : { key: 'passwordPolicy.historyUnknown' },
  excludesProfileData: () => ({ key: 'passwordPolicy.excludesProfileData' }),
  excludesCommonlyUsed: () => ({ key: 'passwordPolicy.excludesCommonlyUsed' }),
  notSimilarToCurrent: () => ({ key: 'passwordPolicy.notSimilarToCurrent' }),
  minComplexity: () => ({ key: 'passwordPolicy.minComplexity' }),
}

/**
 * Checks `password` against the rules of `policy` a browser can check (length, character sets,
 * repeats, unique characters), and adds the rules PingOne reported missed (`reported`, from
 * {@link reportedRequirements}), including those only PingOne can check, such as `history`.
 */
export function evaluatePassword(policy: PasswordPolicy | undefined, password: string, reported: string[] = []): PasswordRule[] {
  if (!policy) return []
  const chars = [...password]
  const rule = (id: string, requirement: string, message: RuleMessage, met: boolean): PasswordRule => ({
    id,
    requirement,
    message,
    met,
    reported: reported.includes(requirement),
  })
  const rules: PasswordRule[] = []
  const { min, max } = policy.length ?? {}
  if (typeof min === 'number' || typeof max === 'number') {
    const message: RuleMessage =
      typeof max === 'number' && max < 100
        ? { key: 'passwordPolicy.lengthRange', params: { min: min ?? 1, count: max } }
        : { key: 'passwordPolicy.minLength', params: { count: min ?? 1 } }
    rules.push(rule('length', 'length', message, chars.length >= (min ?? 0) && chars.length <= (max ?? Infinity)))
  }
  for (const [set, count] of Object.entries(policy.minCharacters ?? {})) {
    if (typeof count !== 'number' || count < 1) continue
    const met = chars.filter((c) => set.includes(c)).length >= count
    rules.push(rule(`minCharacters:${set}`, 'minCharacters', setLabel(set, count), met))
  }
  const repeats = policy.maxRepeatedCharacters
  if (typeof repeats === 'number') {
    const message: RuleMessage = { key: 'passwordPolicy.maxRepeated', params: { count: repeats } }
    rules.push(rule('maxRepeatedCharacters', 'maxRepeatedCharacters', message, longestRun(chars) <= repeats))
  }
  const unique = policy.minUniqueCharacters
  if (typeof unique === 'number') {
    const message: RuleMessage = { key: 'passwordPolicy.minUnique', params: { count: unique } }
    rules.push(rule('minUniqueCharacters', 'minUniqueCharacters', message, new Set(chars).size >= unique))
  }
  const known = new Set(rules.map((r) => r.requirement))
  for (const name of new Set(reported)) {
    if (known.has(name)) continue
    const message = Object.hasOwn(serverOnly, name) ? serverOnly[name]?.(policy) : undefined
    rules.push(rule(name, name, message ?? { key: 'passwordPolicy.other', params: { name } }, false))
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

function setLabel(set: string, count: number): RuleMessage {
  // Own keys only: a character set such as `toString` is PingOne's text, not a key of this table.
  const key = Object.hasOwn(setKeys, set) ? setKeys[set] : undefined
  return key ? { key, params: { count } } : { key: 'passwordPolicy.special', params: { count, characters: set } }
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
