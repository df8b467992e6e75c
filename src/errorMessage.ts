import type { PingOneError } from './flow/errors'
import type { PingOneErrorDetail } from './flow/types'
import type { Translate } from './messages/types'

const codeTargets = new Set(['recoveryCode', 'verificationCode', 'otp'])

/**
 * A sentence for the user about one problem PingOne reported: the catalogue's `error.<CODE>.<target>`,
 * then `error.<CODE>`, then PingOne's own message. Server text is only ever text.
 */
export function detailMessage(t: Translate, detail: PingOneErrorDetail): string {
  const { code, target, innerError: inner } = detail
  if (code === 'PASSWORD_LOCKED_OUT') {
    const minutes = Math.ceil((inner?.secondsUntilUnlock ?? 0) / 60)
    if (minutes > 0) return t('error.lockedOutFor', { count: minutes })
  }
  if (code === 'INVALID_VALUE' && inner?.unsatisfiedRequirements) return t('error.passwordRequirements')
  const message =
    (target && t.maybe(`error.${code}.${target}`)) || t.maybe(`error.${code}`) || detail.message || t('error.unknown')
  const remaining = inner?.failuresRemaining
  if (typeof remaining !== 'number' || !target) return message
  if (target === 'password') return t('error.join', { message, detail: t('error.attemptsBeforeLock', { count: remaining }) })
  if (codeTargets.has(target)) return t('error.join', { message, detail: t('error.attemptsLeft', { count: remaining }) })
  return message
}

const kitCodes = new Set([
  'NETWORK_ERROR',
  'TIMEOUT',
  'SERVICE_UNAVAILABLE',
  'RATE_LIMITED',
  'NOT_FOUND',
  'INVALID_RESPONSE',
  'UNEXPECTED_ERROR',
  'UNTRUSTED_LINK',
  'STATE_MISMATCH',
  'MISSING_LINK',
  'AUTHORIZATION_FAILED',
  'COOKIES_BLOCKED',
  'DAVINCI_FLOW',
  'INVALID_CONFIG',
  'CONFIG_REFUSED',
  'ORIGIN_NOT_ALLOWED',
  'NO_FLOW',
  'LOAD_FAILED',
])

/**
 * A sentence for the user about an error as a whole, in the current locale: for custom UIs.
 *
 * @example
 * const { error, t } = useSignOn()
 * return error && <p role="alert">{errorMessage(t, error)}</p>
 */
export function errorMessage(t: Translate, error: PingOneError): string {
  // Busy or down, whatever code the server chose: the user can only wait and try again.
  if (error.status === 429) {
    return error.retryAfter ? t('error.retryAfter', { count: error.retryAfter }) : t('error.RATE_LIMITED')
  }
  if (error.status >= 500) return t('error.SERVICE_UNAVAILABLE')
  // The user can do nothing about the set-up: the developer's console says what to fix.
  if (error.isConfigError && error.code !== 'DAVINCI_FLOW') return t('error.INVALID_CONFIG')
  const first = error.details[0]
  if (first && !kitCodes.has(error.code)) return detailMessage(t, first)
  const known = t.maybe(`error.${error.code}`)
  if (known) return known
  // PingOne's code without an HTTP answer came in the page address (`?error=`), which anyone can
  // write: only the kit's own words are shown for it.
  if (error.status === 0 && !kitCodes.has(error.code)) return t('error.returned')
  return error.message || t('error.unknown')
}

/** Why a flow FAILED, in plain words, for the `error.code`s the catalogue knows; else undefined. */
export function failureMessage(t: Translate, code: string | undefined): string | undefined {
  return code ? t.maybe(`failed.${code}`) : undefined
}
