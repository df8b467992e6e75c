/** What a sign-on may ask PingOne for on authorize, besides the sign-on itself. */
export type AuthorizeOptions = {
  /** The sign-on policies to apply, by name (`acr_values`), space-separated, e.g. `'Multi_Factor'`. */
  acrValues?: string
  /**
   * The user to sign on (`login_hint`), e.g. one your app remembers: the username field starts with
   * it, and on an identifier-first policy PingOne may ask only for the password.
   */
  loginHint?: string
  /** `'login'`: ask for the password again even when the browser has a PingOne session (`prompt=login`). */
  prompt?: 'login'
  /** Seconds: a PingOne session that began longer ago does not sign the user on (`max_age`). */
  maxAge?: number
}

/** The authorize query parameters `options` ask for; throws a TypeError naming a refused option. */
export function authorizeParams(options: AuthorizeOptions): Record<string, string> {
  const { acrValues, loginHint, prompt, maxAge } = options
  const params: Record<string, string> = {}
  if (acrValues !== undefined) params.acr_values = checked('acrValues', acrValues, typeof acrValues === 'string' && acrValues.trim() !== '')
  if (loginHint !== undefined) params.login_hint = checked('loginHint', loginHint, typeof loginHint === 'string')
  if (prompt !== undefined) params.prompt = checked('prompt', prompt, prompt === 'login')
  if (maxAge !== undefined) params.max_age = checked('maxAge', maxAge, Number.isInteger(maxAge) && maxAge >= 0)
  return params
}

function checked(prop: keyof AuthorizeOptions, value: unknown, ok: boolean): string {
  if (ok) return String(value)
  const expected = prop === 'maxAge' ? 'a whole number of seconds' : prop === 'prompt' ? '"login"' : 'a non-empty string'
  throw new TypeError(`<PingOneSignOn> \`${prop}\` must be ${expected}; got ${JSON.stringify(value)}.`)
}
