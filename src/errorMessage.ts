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
      if (inner?.unsatisfiedRequirements) return 'Choose a password that meets every requirement listed.'
      if (detail.target === 'currentPassword') return 'Incorrect current password.'
      if (detail.target === 'email') return 'Enter a valid email address.'
      if (detail.target === 'recoveryCode' || detail.target === 'verificationCode') {
        const n = inner?.failuresRemaining
        const left = typeof n === 'number' ? ` ${n} attempt${n === 1 ? '' : 's'} left.` : ''
        return `That code is wrong or has expired. Check the email, or send a new code.${left}`
      }
      if (detail.target === 'otp') {
        const n = inner?.failuresRemaining
        const left = typeof n === 'number' ? ` ${n} attempt${n === 1 ? '' : 's'} left.` : ''
        return `That code is wrong or has expired.${left}`
      }
      if (detail.target === 'assertion') return 'Your security key could not be verified. Try again, or choose another method.'
      if (detail.target === 'userCode') return 'That code is wrong or has expired. Check the code on your device.'
      return detail.message ?? 'This value is not valid.'
    case 'UNIQUENESS_VIOLATION':
      if (detail.target === 'username') return 'This username is taken. Choose another.'
      if (detail.target === 'email') return 'An account with this email address already exists.'
      return detail.message ?? 'This value is already in use.'
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

/** Why a flow FAILED, in plain words, for the `error.code`s the kit knows; else undefined. */
export function failureMessage(code: string | undefined): string | undefined {
  switch (code) {
    case 'AGREEMENT_DECLINED':
      return 'You declined the terms, so the sign-on ended.'
    case 'DEVICE_DENIED':
      return 'You did not allow the device, so it was not signed in.'
    case 'TOO_MANY_ATTEMPTS':
      return 'Too many wrong codes were entered, so the sign-on ended.'
    case 'PUSH_DENIED':
      return 'The sign-on was denied on your device.'
    default:
      return undefined
  }
}
