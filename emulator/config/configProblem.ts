/** A mistake in an emulator config: where (`applications[0].corsOrigins[1]`), what was expected, what was found. */
export type ConfigProblem = { path: string; expected: string; got: unknown }

/** `applications[0].corsOrigins[1] must be …; got "localhost:5173".` */
export function describeConfigProblem({ path, expected, got }: ConfigProblem): string {
  return `${path || 'the config'} must be ${expected}; got ${shown(got)}.`
}

function shown(value: unknown): string {
  if (value === undefined) return 'nothing'
  const text = JSON.stringify(value) ?? String(value)
  return text.length > 80 ? `${text.slice(0, 77)}...` : text
}
