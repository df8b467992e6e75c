/** What is wrong with a fault rule: where, and a sentence that says so. */
export type FaultRuleProblem = { target: string; message: string }

const endpoints = ['authorize', 'flow', 'resume', 'token']
const methods = ['GET', 'POST']
const plainKinds = ['hang', 'malformedJson', 'corsRefused', 'dropSession', 'expireFlow', 'replayCode', 'expireCode']
const kinds = ['status', 'rateLimit', 'delay', 'mutateFlow', ...plainKinds]
/** Longest `delay`: the hang cap. */
const maxDelayMs = 5 * 60 * 1000

/** Checks a rule that may come from JSON (`POST _emulator/faults`); undefined when it is valid. */
export function faultRuleProblem(value: unknown, at = 'rule'): FaultRuleProblem | undefined {
  if (!isRecord(value)) return problem(at, 'an object { on?, fault, times? }')
  const { on, fault, times } = value
  if (times !== undefined && times !== -1 && times !== Infinity && !(isInteger(times) && times > 0)) {
    return problem(`${at}.times`, 'a positive integer, or -1 (Infinity) for always')
  }
  return targetProblem(on, `${at}.on`) ?? faultProblem(fault, `${at}.fault`)
}

function targetProblem(on: unknown, at: string): FaultRuleProblem | undefined {
  if (on === undefined) return undefined
  if (!isRecord(on)) return problem(at, 'an object { endpoint?, method?, action? }')
  if (on.endpoint !== undefined && !endpoints.includes(on.endpoint as string)) {
    return problem(`${at}.endpoint`, `one of ${endpoints.join(', ')}`)
  }
  if (on.method !== undefined && !methods.includes(on.method as string)) {
    return problem(`${at}.method`, `one of ${methods.join(', ')}`)
  }
  if (on.action !== undefined && (typeof on.action !== 'string' || on.action === '')) {
    return problem(`${at}.action`, "an action name such as 'usernamePassword.check'")
  }
  return undefined
}

function faultProblem(fault: unknown, at: string): FaultRuleProblem | undefined {
  if (!isRecord(fault)) return problem(at, `an object with a kind (${kinds.join(', ')})`)
  switch (fault.kind) {
    case 'status':
      if (!isInteger(fault.status) || fault.status < 400 || fault.status > 599) {
        return problem(`${at}.status`, 'an HTTP error status from 400 to 599')
      }
      if (fault.body !== undefined && fault.body !== 'json' && fault.body !== 'html') {
        return problem(`${at}.body`, "'json' or 'html'")
      }
      return undefined
    case 'rateLimit':
      return isInteger(fault.retryAfter) && fault.retryAfter >= 0
        ? undefined
        : problem(`${at}.retryAfter`, 'a whole number of seconds (0 or more)')
    case 'delay':
      return typeof fault.ms === 'number' && fault.ms >= 0 && fault.ms <= maxDelayMs
        ? undefined
        : problem(`${at}.ms`, `a number of milliseconds from 0 to ${maxDelayMs}`)
    case 'mutateFlow':
      if (fault.set !== undefined && !isRecord(fault.set)) return problem(`${at}.set`, 'an object of top-level fields')
      if (fault.remove !== undefined && !(Array.isArray(fault.remove) && fault.remove.every((n) => typeof n === 'string'))) {
        return problem(`${at}.remove`, 'an array of top-level field names')
      }
      return undefined
    default:
      return plainKinds.includes(fault.kind as string)
        ? undefined
        : problem(`${at}.kind`, `one of ${kinds.join(', ')}`)
  }
}

function problem(target: string, mustBe: string): FaultRuleProblem {
  return { target, message: `${target} must be ${mustBe}.` }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isInteger(value: unknown): value is number {
  return Number.isInteger(value)
}
