import type {
  Agreement,
  Flow,
  FlowDevice,
  FlowUser,
  IdentityProvider,
  PasswordPolicy,
  ProfileAttribute,
  SocialProvider,
} from './types'

// Readers for what a flow carries besides its status and links. It comes from the network: each
// reader returns only well-formed entries, rebuilt field by field, so the steps get the types they
// declare. A malformed item is dropped; a repeated one is shown once.

/** Whether `value` is a plain JSON object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** `value` when it is a string. */
export function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}

function count(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined
}

function records(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter(isRecord) : []
}

/** The first item of each `key`: items are rendered keyed by it. */
function unique<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>()
  return items.filter((item) => {
    if (seen.has(key(item))) return false
    seen.add(key(item))
    return true
  })
}

/** `_embedded.socialProviders` that can be offered: an id, a name and an authenticate link each. */
export function socialProviders(flow: Flow): SocialProvider[] {
  const providers = records(flow._embedded?.socialProviders).flatMap((p): SocialProvider[] => {
    const id = text(p.id)
    const name = text(p.name)
    const href = text(isRecord(p._links) && isRecord(p._links.authenticate) ? p._links.authenticate.href : undefined)
    return id && name && href ? [{ id, name, type: text(p.type) ?? '', _links: { authenticate: { href } } }] : []
  })
  return unique(providers, (p) => p.id)
}

/** `_embedded.devices` with an id and a type, contact details as text only. */
export function devices(flow: Flow): FlowDevice[] {
  const list = records(flow._embedded?.devices).flatMap((d): FlowDevice[] => {
    const id = text(d.id)
    const type = text(d.type)
    if (!id || !type) return []
    const marketingName = isRecord(d.model) ? text(d.model.marketingName) : undefined
    const model = marketingName === undefined ? undefined : { marketingName }
    return [{ id, type, status: text(d.status), phone: text(d.phone), email: text(d.email), nickname: text(d.nickname), model }]
  })
  return unique(list, (d) => d.id)
}

/** `_embedded.user`, as far as the steps show it. */
export function user(flow: Flow): FlowUser | undefined {
  const value = flow._embedded?.user
  if (!isRecord(value)) return undefined
  return { id: text(value.id) ?? '', username: text(value.username) }
}

/** `_embedded.passwordPolicy`, keeping only rules with numbers where numbers belong. */
export function passwordPolicy(flow: Flow): PasswordPolicy | undefined {
  const value = flow._embedded?.passwordPolicy
  if (!isRecord(value)) return undefined
  const length = isRecord(value.length) ? { min: count(value.length.min), max: count(value.length.max) } : undefined
  const minCharacters = isRecord(value.minCharacters)
    ? Object.fromEntries(Object.entries(value.minCharacters).filter((entry): entry is [string, number] => count(entry[1]) !== undefined))
    : undefined
  const history = isRecord(value.history) ? { count: count(value.history.count) } : undefined
  return {
    // Flags and rules the browser cannot check stay as sent; only their names are ever shown.
    ...value,
    length,
    minCharacters,
    maxRepeatedCharacters: count(value.maxRepeatedCharacters),
    minUniqueCharacters: count(value.minUniqueCharacters),
    minComplexity: count(value.minComplexity),
    history,
  }
}

/** `_embedded.identityProvider`: the external provider the flow is about. */
export function identityProvider(flow: Flow): IdentityProvider | undefined {
  const value = flow._embedded?.identityProvider
  return isRecord(value) ? { id: text(value.id), name: text(value.name), type: text(value.type) } : undefined
}

/**
 * What the identity provider supplied (account linking and confirmation). The older sample reads
 * it at the top level (`data.attributes`); both are accepted.
 */
export function providedAttributes(flow: Flow): Record<string, unknown> {
  const embedded = flow._embedded?.attributes
  if (isRecord(embedded)) return embedded
  const top = (flow as Record<string, unknown>).attributes
  return isRecord(top) ? top : {}
}

// A user attribute name as PingOne writes them (`email`, `name.given`): nothing a form library
// would read as an array index, and no part that reaches into an object's prototype.
const attributeName = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/
const reservedSegment = /(^|\.)(__proto__|constructor|prototype)(\.|$)/

/**
 * `_embedded.attributes` of progressive profiling: one field per attribute, named by its dotted
 * name. A name that clashes with an earlier one (`name` and then `name.given`) is dropped: one
 * form value cannot be both text and a group of fields.
 */
export function profileAttributes(flow: Flow): ProfileAttribute[] {
  const kept: ProfileAttribute[] = []
  for (const a of records(flow._embedded?.attributes)) {
    const name = text(a.name)
    if (!name || !attributeName.test(name) || reservedSegment.test(name)) continue
    if (kept.some((k) => k.name === name || k.name.startsWith(`${name}.`) || name.startsWith(`${k.name}.`))) continue
    kept.push({ name, displayName: text(a.displayName), required: a.required === true })
  }
  return kept
}

/** `_embedded.agreement`: the terms to accept, as text. */
export function agreement(flow: Flow): Agreement {
  const value = flow._embedded?.agreement
  if (!isRecord(value)) return {}
  return { id: text(value.id), name: text(value.name), language: text(value.language), text: text(value.text) }
}
