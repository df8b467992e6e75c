import type { ConfigProblem } from './configProblem'

/** Checks a value found at `path`, adding what is wrong with it to `problems`. */
export type Check = (value: unknown, path: string, problems: ConfigProblem[]) => void

/** A field of an {@link object}: its check, and whether it must be there. */
export type Field = { check: Check; required: boolean }

/** A field that must be present. */
export const required = (check: Check): Field => ({ check, required: true })

/** A field that may be absent (but not `null`). */
export const optional = (check: Check): Field => ({ check, required: false })

/** A value `passes` accepts; otherwise `expected` (a phrase such as "a string") is reported. */
export function value(passes: (value: unknown) => boolean, expected: string): Check {
  return (found, path, problems) => {
    if (!passes(found)) problems.push({ path, expected, got: found })
  }
}

/** Any string. */
export const string = value((v) => typeof v === 'string', 'a string')
/** A string with something in it: ids, names, usernames. */
export const text = value((v) => typeof v === 'string' && v.trim() !== '', 'a non-empty string')
/** `true` or `false`. */
export const boolean = value((v) => typeof v === 'boolean', 'true or false')

/** A whole number from `min` up. */
export const integer = (min: number) =>
  value((v) => Number.isInteger(v) && (v as number) >= min, `a whole number of at least ${min}`)

/** One of a few strings. */
export function oneOf(values: readonly string[]): Check {
  return value((v) => values.includes(v as string), `one of ${values.map((v) => JSON.stringify(v)).join(', ')}`)
}

/** A plain object: not null, not an array. */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/** An array whose every item passes `item`. */
export function arrayOf(item: Check, expected = 'an array'): Check {
  return (found, path, problems) => {
    if (!Array.isArray(found)) problems.push({ path, expected, got: found })
    else found.forEach((entry, index) => item(entry, `${path}[${index}]`, problems))
  }
}

/**
 * An object with these fields, checked in the order written, then the required ones missing. A
 * field it does not know is a mistake (a misspelt `corsOrigin` would otherwise be ignored without a
 * word) unless `open` is set.
 */
export function object(expected: string, fields: Record<string, Field>, open = false): Check {
  return (found, path, problems) => {
    if (!isRecord(found)) {
      problems.push({ path, expected, got: found })
      return
    }
    const at = (name: string) => (path ? `${path}.${name}` : name)
    const known = Object.keys(fields)
    for (const [name, given] of Object.entries(found)) {
      const field = Object.hasOwn(fields, name) ? fields[name] : undefined
      if (field && given !== undefined) field.check(given, at(name), problems)
      if (!field && !open) problems.push({ path: at(name), expected: `absent: ${expected} has only ${known.join(', ')}`, got: given })
    }
    for (const [name, { check, required }] of Object.entries(fields)) {
      if (required && found[name] === undefined) check(undefined, at(name), problems)
    }
  }
}
