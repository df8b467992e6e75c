import { describe, expect, it } from 'vitest'
import { detailMessage, errorMessage } from '../src/errorMessage'
import { PingOneError } from '../src/flow/errors'
import { directionOf, resolveLocale, shippedLocales } from '../src/messages/locales'
import { createTranslator } from '../src/messages/translator'
import { en } from '../src/messages/en'
import type { Message } from '../src/messages/types'

const english = (extra: Record<string, Message> = {}) =>
  createTranslator('en', (key) => extra[key] ?? (en as Record<string, Message>)[key])

describe('resolveLocale', () => {
  it.each([
    ['de', 'de'],
    ['de-AT', 'de'],
    ['DE-at', 'de'],
    ['pt', 'pt-BR'],
    ['pt-PT', 'pt-BR'],
    ['zh', 'zh-CN'],
    ['zh-Hans-SG', 'zh-CN'],
    ['zh-TW', 'en'],
    ['zh-Hant', 'en'],
    ['iw', 'he'],
    ['sv', 'en'],
    ['not a tag', 'en'],
  ])('%s → %s', (requested, expected) => {
    expect(resolveLocale(requested, shippedLocales)).toBe(expected)
  })

  it('prefers a locale the host added over falling back to English', () => {
    expect(resolveLocale('sv-SE', [...shippedLocales, 'sv'])).toBe('sv')
  })
})

it('knows which languages are written right to left', () => {
  expect(['ar', 'he', 'fa-IR', 'en', 'ja'].map(directionOf)).toEqual(['rtl', 'rtl', 'rtl', 'ltr', 'ltr'])
})

describe('createTranslator', () => {
  const messages: Record<string, Message> = {
    greeting: 'Hello, {name}!',
    apples: { one: '{count} apple', other: '{count} apples' },
    'ar.apples': { zero: 'no apples', one: 'one apple', two: 'two apples', few: 'few', many: 'many', other: 'other' },
  }

  it('fills placeholders and leaves unknown ones visible', () => {
    const t = createTranslator('en', (key) => messages[key])
    expect(t.maybe('greeting', { name: 'Ada' })).toBe('Hello, Ada!')
    expect(t.maybe('greeting')).toBe('Hello, {name}!')
  })

  it('picks plural forms and formats numbers for the locale', () => {
    const t = createTranslator('en', (key) => messages[key])
    expect(t.maybe('apples', { count: 1 })).toBe('1 apple')
    expect(t.maybe('apples', { count: 1200 })).toBe('1,200 apples')
    const ar = createTranslator('ar', (key) => messages[`ar.${key}`])
    expect([0, 1, 2, 3, 11, 100].map((count) => ar.maybe('apples', { count }))).toEqual([
      'no apples',
      'one apple',
      'two apples',
      'few',
      'many',
      'other',
    ])
  })

  it('returns undefined from maybe, and the key from t, for a missing message', () => {
    const t = createTranslator('en', () => undefined)
    expect(t.maybe('nope')).toBeUndefined()
    expect(t('error.unknown')).toBe('error.unknown')
  })
})

describe('PingOne errors to messages', () => {
  const detail = (code: string, target?: string, message?: string, innerError?: Record<string, unknown>) => ({
    code,
    target,
    message,
    innerError,
  })

  it('uses code and target first, then the code, then PingOne’s own message, then a generic one', () => {
    const t = english({ 'error.CUSTOM.email': 'by target', 'error.CUSTOM': 'by code' })
    expect(detailMessage(t, detail('CUSTOM', 'email', 'server'))).toBe('by target')
    expect(detailMessage(t, detail('CUSTOM', 'phone', 'server'))).toBe('by code')
    expect(detailMessage(t, detail('OTHER', 'phone', 'PingOne says so'))).toBe('PingOne says so')
    expect(detailMessage(t, detail('OTHER'))).toBe(en['error.unknown'])
  })

  it('adds the attempts left, in the plural form of the count', () => {
    const t = english()
    expect(detailMessage(t, detail('INVALID_VALUE', 'otp', undefined, { failuresRemaining: 1 }))).toBe(
      'That code is wrong or has expired. 1 attempt left.',
    )
    expect(detailMessage(t, detail('INVALID_VALUE', 'password', undefined, { failuresRemaining: 2 }))).toBe(
      'Incorrect password. 2 attempts left before the account is locked.',
    )
    expect(detailMessage(t, detail('PASSWORD_LOCKED_OUT', undefined, undefined, { secondsUntilUnlock: 61 }))).toBe(
      'Too many failed attempts. Try again in 2 minutes.',
    )
  })

  it('describes the kit’s own codes from the catalogue, not from their developer message', () => {
    const t = english()
    const offline = new PingOneError({ code: 'NETWORK_ERROR', message: 'fetch failed' }, 0)
    expect(errorMessage(t, offline)).toBe(en['error.NETWORK_ERROR'])
    const invalid = new PingOneError(
      { code: 'INVALID_DATA', message: 'The request could not be completed.', details: [detail('INVALID_CREDENTIALS', 'password')] },
      400,
    )
    expect(errorMessage(t, invalid)).toBe(en['error.INVALID_CREDENTIALS'])
  })
})
