/**
 * Turns form values into a PATCH-user body: dotted names nest (`address.postalCode` becomes
 * `{ address: { postalCode } }`), and empty fields are dropped, so an optional attribute left
 * blank is not sent at all. Values already nested (as react-hook-form keeps them) stay nested.
 */
export function patchBody(values: Record<string, unknown>): Record<string, unknown> {
  const body: Record<string, unknown> = {}
  for (const [path, value] of flatten(values)) {
    const keys = path.split('.')
    // A field named after Object's own keys must not reach the prototype.
    if (keys.some((key) => unsafeKeys.has(key))) continue
    const last = keys.pop()!
    let target = body
    for (const key of keys) {
      const next = target[key]
      target = target[key] = isRecord(next) ? next : {}
    }
    target[last] = value
  }
  return body
}

const unsafeKeys = new Set(['__proto__', 'constructor', 'prototype'])

function flatten(values: Record<string, unknown>, prefix = ''): [string, unknown][] {
  return Object.entries(values).flatMap(([key, value]): [string, unknown][] => {
    const path = prefix + key
    if (isRecord(value)) return flatten(value, `${path}.`)
    if (value === undefined || value === null) return []
    if (typeof value === 'string' && value.trim() === '') return []
    return [[path, typeof value === 'string' ? value.trim() : value]]
  })
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
