import type { PingOneError } from './flow/errors'
import type { PingOneErrorDetail } from './flow/types'

/** A sentence for the user about one problem PingOne reported. Server text is only ever text. */
export function detailMessage(detail: PingOneErrorDetail): string {
  const inner = detail.innerError
  switch (detail.code) {
    case 'INVALID_CREDENTIALS':
      return 'Incorrect username or password.'
    case 'PASSWORD_LOCKED_OUT': {
      const minutes = Math.ceil((inner?.secondsUntilUnlock ?? 0) / 60)
      return minutes > 0
        ? `Too many failed attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`
        : 'Too many failed attempts. Try again later.'
    }
    case 'INVALID_VALUE':
      if (detail.target === 'password' && typeof inner?.failuresRemaining === 'number') {
        const n = inner.failuresRemaining
        return `Incorrect password. ${n} attempt${n === 1 ? '' : 's'} left before the account is locked.`
      }
      return detail.message ?? 'This value is not valid.'
    default:
      return detail.message ?? 'This value is not valid.'
  }
}

/** A sentence for the user about an error as a whole. */
export function errorMessage(error: PingOneError): string {
  switch (error.code) {
    case 'NETWORK_ERROR':
      return 'PingOne could not be reached. Check your connection and try again.'
    case 'NOT_FOUND':
      return 'This sign-on has expired. Start again to continue.'
    case 'INVALID_RESPONSE':
    case 'UNEXPECTED_ERROR':
      return 'Something went wrong on our side. Start again to continue.'
    case 'UNTRUSTED_LINK':
      return 'This sign-on tried to send you to an unexpected address, so it was stopped.'
    case 'STATE_MISMATCH':
      return 'This sign-on could not be verified. Start again to continue.'
    default: {
      const first = error.details[0]
      return first ? detailMessage(first) : error.message || 'Something went wrong. Try again.'
    }
  }
}
