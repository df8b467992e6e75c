import { faultRuleProblem } from '../config/faultRuleProblem'

/** Which requests a rule applies to; every field given must match. Only PingOne's endpoints are ever faulted. */
export type FaultTarget = {
  /** Which endpoint: 'authorize' | 'flow' (GET/POST /flows/{id}) | 'resume' | 'token'. Absent: any. */
  endpoint?: 'authorize' | 'flow' | 'resume' | 'token'
  method?: 'GET' | 'POST'
  /** For POST /flows/{id}: the action named by the media type, e.g. 'usernamePassword.check'. */
  action?: string
}

/** What goes wrong. */
export type Fault =
  /** Not handled: `status` with a PingOne error body (`json`, the default) or a load balancer's HTML page. */
  | { kind: 'status'; status: number; body?: 'json' | 'html' }
  /** Not handled: 429 REQUEST_LIMITED with `Retry-After: <seconds>`, as PingOne's rate limiter answers. */
  | { kind: 'rateLimit'; retryAfter: number }
  /** Handled normally, answered `ms` later. */
  | { kind: 'delay'; ms: number }
  /** Never answered: released (then handled) by removing the rule or `reset()`, dropped when the client aborts, 504 after 5 minutes. */
  | { kind: 'hang' }
  /** Handled, then answered 200 with a JSON content type and the body cut off half-way. */
  | { kind: 'malformedJson' }
  /** Handled, then the JSON body answered has top-level fields set and removed (e.g. `{ set: { status: 'SOMETHING_NEW' } }`). */
  | { kind: 'mutateFlow'; set?: Record<string, unknown>; remove?: string[] }
  /** Not handled, and no CORS headers (a preflight too): a browser refuses it; the MSW mount answers a network error. */
  | { kind: 'corsRefused' }
  /** Handled as if the request carried no cookies (no `ST` at resume). */
  | { kind: 'dropSession' }
  /** The flow (flow, resume) idles out just before the request is handled: 404 NOT_FOUND, as PingOne. */
  | { kind: 'expireFlow' }
  /** Token: the code was already redeemed once, so the grant is invalid_grant. */
  | { kind: 'replayCode' }
  /** Token: the code has expired, so the grant is invalid_grant. */
  | { kind: 'expireCode' }

/** A fault and where it applies; `times` defaults to 1 (use Infinity, or -1 over HTTP, for always). */
export type FaultRule = { on?: FaultTarget; fault: Fault; times?: number }

/**
 * `Emulator.faults`: the rules in force. Run-time rules come first, in the order added, then the
 * scenario's (`EmulatorConfig.faults`). A request takes the first matching rule with times left.
 */
export type EmulatorFaults = {
  /** Adds a run-time rule; the function returned removes it and releases the requests it hangs. */
  add(rule: FaultRule): () => void
  /** Removes every rule, the scenario's too until `reset()`, and releases hung requests. */
  clear(): void
  /** The rules still in force, in matching order, each with the `times` it has left. */
  list(): FaultRule[]
}

/** A request as rules see it; a preflight names the method it asks for. */
export type FaultRequest = {
  endpoint: NonNullable<FaultTarget['endpoint']>
  method: string
  action?: string
  preflight: boolean
  flowId?: string | null
}

/** The fault a request took; `released` settles when its rule is removed. */
export type TakenFault = { fault: Fault; released: Promise<void> }

/** The emulator's side of {@link EmulatorFaults}. */
export type FaultSet = EmulatorFaults & {
  take(request: FaultRequest): TakenFault | undefined
  /** Replaces the run-time rules (`POST _emulator/faults`). */
  replace(rules: readonly FaultRule[]): void
  /** Back to the scenario's rules with their full counts; releases hung requests. */
  reset(): void
}

type Entry = { rule: FaultRule; left: number; released: Promise<void>; release(): void }

/** The rules of one emulator, starting with the scenario's. Throws on an invalid rule. */
export function createFaultSet(scenario: readonly FaultRule[] = []): FaultSet {
  let runTime: Entry[] = []
  let seeded = scenario.map(entryOf)
  const active = () => [...runTime, ...seeded]
  const removeAll = () => {
    for (const entry of active()) entry.release()
    runTime = []
    seeded = []
  }
  return {
    add(rule) {
      const added = entryOf(rule)
      runTime.push(added)
      return () => {
        runTime = runTime.filter((entry) => entry !== added)
        added.release()
      }
    },
    clear: removeAll,
    list: () =>
      active()
        .filter((entry) => entry.left > 0)
        .map((entry) => ({ ...structuredClone(entry.rule), times: entry.left })),
    take(request) {
      const found = active().find((entry) => entry.left > 0 && applies(entry.rule, request))
      if (!found) return undefined
      found.left -= 1
      return { fault: found.rule.fault, released: found.released }
    },
    replace(rules) {
      const entries = rules.map(entryOf)
      for (const entry of runTime) entry.release()
      runTime = entries
    },
    reset() {
      removeAll()
      seeded = scenario.map(entryOf)
    },
  }
}

function entryOf(rule: FaultRule): Entry {
  const problem = faultRuleProblem(rule)
  if (problem) throw new TypeError(`Invalid fault rule: ${problem.message}`)
  let release = () => {}
  const released = new Promise<void>((resolve) => (release = resolve))
  const times = rule.times ?? 1
  return { rule: structuredClone(rule), left: times < 0 ? Infinity : times, released, release }
}

/**
 * A preflight cannot tell which action its POST will name, and only a refused CORS shows in
 * it, so it sees only `corsRefused` rules without an `action`.
 */
function applies({ on = {}, fault }: FaultRule, request: FaultRequest): boolean {
  if (request.preflight && (fault.kind !== 'corsRefused' || on.action !== undefined)) return false
  return (
    (on.endpoint === undefined || on.endpoint === request.endpoint) &&
    (on.method === undefined || on.method === request.method) &&
    (on.action === undefined || on.action === request.action)
  )
}
