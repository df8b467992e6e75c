import type { Message, MessageKey, MessageParams, Translate } from './types'

/**
 * A {@link Translate} over `lookup` (overrides, then the locale's catalogue, then English). Numbers
 * are formatted for the locale; `count` picks the plural form.
 */
export function createTranslator(locale: string, lookup: (key: string) => Message | undefined): Translate {
  // Made on first use: a browser's first NumberFormat takes 10–20 ms, on the way to the first input.
  const plurals = once(() => new Intl.PluralRules(locale))
  const numbers = once(() => new Intl.NumberFormat(locale))
  const format = (message: Message, params: MessageParams = {}) => {
    const text =
      typeof message === 'string' ? message : (message[plurals().select(Number(params.count ?? 0))] ?? message.other)
    return text.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
      const value = params[name]
      if (value === undefined) return placeholder
      return typeof value === 'number' ? numbers().format(value) : value
    })
  }
  const maybe = (key: string, params?: MessageParams) => {
    const message = lookup(key)
    return message === undefined ? undefined : format(message, params)
  }
  const t = (key: MessageKey, params?: MessageParams) => maybe(key, params) ?? key
  return Object.assign(t, { maybe })
}

function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined
  return () => (made ??= { value: make() }).value
}
