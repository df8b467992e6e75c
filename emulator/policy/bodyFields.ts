import { invalidData } from '../http/errors'

/** A request body field as a non-blank string. */
export function field(body: Record<string, unknown>, name: string): string | undefined {
  const value = body[name]
  return typeof value === 'string' && value.trim() !== '' ? value : undefined
}

/** The fields of `names` that are blank, as one INVALID_DATA error, or undefined if none is. */
export function blankFields(body: Record<string, unknown>, names: string[]): Response | undefined {
  const blank = names.filter((name) => !field(body, name))
  if (blank.length === 0) return undefined
  return invalidData(blank.map((target) => ({ code: 'INVALID_VALUE', target, message: `${target} must not be blank` })))
}
