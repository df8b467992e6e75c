import fc from 'fast-check'
import { flowFixtures } from './fixtures'
import { hostileString, payloads, wrongValue } from './strings'
import { genuineLinks, linkNames, statuses } from './vocabulary'

type Key = string | number
type Path = Key[]

/** One edit of a fixture; `at` picks one of the places the edit applies to. */
export type Mutation =
  | { kind: 'delete'; at: number }
  | { kind: 'set'; at: number; value: unknown }
  | { kind: 'add'; at: number; key: string; value: unknown }
  | { kind: 'swapType'; at: number }
  | { kind: 'duplicateArray'; at: number }
  | { kind: 'longString'; at: number; times: number }
  | { kind: 'payload'; at: number; payload: string }
  | { kind: 'status'; status: string }
  | { kind: 'allLinks' }

const at = fc.nat()
const embeddedNames = ['socialProviders', 'devices', 'user', 'application', 'passwordPolicy', 'identityProvider', 'attributes', 'promptText', 'agreement']

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at }),
  fc.record({ kind: fc.constant('set' as const), at, value: wrongValue }),
  fc.record({
    kind: fc.constant('add' as const),
    at,
    key: fc.oneof(fc.constantFrom(...embeddedNames, ...linkNames, '_embedded', '_links', 'selectedDevice', 'error'), hostileString),
    value: wrongValue,
  }),
  fc.record({ kind: fc.constant('swapType' as const), at }),
  fc.record({ kind: fc.constant('duplicateArray' as const), at }),
  fc.record({ kind: fc.constant('longString' as const), at, times: fc.integer({ min: 100, max: 2000 }) }),
  fc.record({ kind: fc.constant('payload' as const), at, payload: fc.constantFrom(...payloads) }),
  fc.record({ kind: fc.constant('status' as const), status: fc.constantFrom(...statuses) }),
  fc.constant({ kind: 'allLinks' as const }),
)

/** A published flow fixture, edited one to five times. */
export const mutatedFixture = fc
  .record({
    fixture: fc.constantFrom(...Object.keys(flowFixtures)),
    mutations: fc.array(mutation, { minLength: 1, maxLength: 5 }),
  })
  .map(({ fixture, mutations }) => ({ fixture, mutations, body: mutate(flowFixtures[fixture], mutations) }))

/** Applies `mutations` in order to a copy of `fixture`. */
export function mutate(fixture: unknown, mutations: Mutation[]): unknown {
  let body = structuredClone(fixture)
  for (const m of mutations) body = apply(body, m)
  return body
}

function apply(body: unknown, m: Mutation): unknown {
  if (m.kind === 'status') return isRecord(body) ? { ...body, status: m.status } : body
  if (m.kind === 'allLinks') {
    if (!isRecord(body)) return body
    return { ...body, _links: { ...genuineLinks, ...(isRecord(body._links) ? body._links : {}) } }
  }
  const all = pathsIn(body)
  const pick = (candidates: Path[]) => candidates[m.at % candidates.length]
  switch (m.kind) {
    case 'delete':
      return edit(body, pick(all), () => remove)
    case 'set':
      return edit(body, pick(all), () => m.value)
    case 'add': {
      const objects = [[], ...all.filter((p) => isRecord(valueAt(body, p)))]
      return edit(body, pick(objects), (object) => ({ ...(object as object), [m.key]: m.value }))
    }
    case 'swapType':
      return edit(body, pick(all), swapType)
    case 'duplicateArray':
      return edit(body, pick(all.filter((p) => Array.isArray(valueAt(body, p)))), (list) => [...(list as unknown[]), ...(list as unknown[])])
    case 'longString':
      // Long, but within what a page could still show: up to about 50,000 characters.
      return edit(body, pick(strings(body, all)), (text) => ((text as string) || 'x').repeat(m.times).slice(0, 50_000))
    case 'payload':
      return edit(body, pick(strings(body, all)), () => m.payload)
  }
}

const remove = Symbol('remove')

function edit(body: unknown, path: Path | undefined, change: (value: unknown) => unknown): unknown {
  if (!path) return body
  if (path.length === 0) return change(body)
  const [head, ...rest] = path as [Key, ...Key[]]
  const container = body as Record<Key, unknown>
  const next = edit(container[head], rest, change)
  if (Array.isArray(body)) {
    const copy = [...body]
    if (next === remove) copy.splice(head as number, 1)
    else copy[head as number] = next
    return copy
  }
  const copy: Record<Key, unknown> = { ...container }
  if (next === remove) delete copy[head]
  else copy[head] = next
  return copy
}

function swapType(value: unknown): unknown {
  if (typeof value === 'string') return value.length
  if (typeof value === 'number') return String(value)
  if (typeof value === 'boolean') return value ? 'true' : 0
  if (value === null) return {}
  if (Array.isArray(value)) return Object.fromEntries(value.map((item, index) => [index, item]))
  return Object.values(value as object)
}

function pathsIn(value: unknown, prefix: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return []
  return Object.entries(value).flatMap(([key, child]) => {
    const path = [...prefix, Array.isArray(value) ? Number(key) : key]
    return [path, ...pathsIn(child, path)]
  })
}

function strings(body: unknown, all: Path[]): Path[] {
  return all.filter((p) => typeof valueAt(body, p) === 'string')
}

function valueAt(body: unknown, path: Path): unknown {
  return path.reduce<unknown>((value, key) => (value as Record<Key, unknown> | undefined)?.[key], body)
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
