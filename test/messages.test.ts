import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { en } from '../src/messages/en'
import { loadCatalogue } from '../src/messages/catalogue'
import { shippedLocales, type ShippedLocale } from '../src/messages/locales'
import type { Message } from '../src/messages/types'

const english: Record<string, Message> = en
const englishKeys = Object.keys(english)
const translated = shippedLocales.filter((locale): locale is Exclude<ShippedLocale, 'en'> => locale !== 'en')

/** The `{name}` placeholders of a message, over all its plural forms. */
function placeholders(message: Message): string[] {
  const texts = typeof message === 'string' ? [message] : Object.values(message).filter((text) => text !== undefined)
  return [...new Set(texts.flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!)))].sort()
}

function texts(message: Message): string[] {
  return typeof message === 'string' ? [message] : Object.values(message).filter((text) => text !== undefined)
}

/** Everything wrong with one locale's catalogue, one line each, so a failure lists all of it at once. */
function problems(locale: string, catalogue: Record<string, Message | undefined>): string[] {
  const found: string[] = []
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories
  for (const key of englishKeys) if (!(key in catalogue)) found.push(`missing key ${key}`)
  for (const key of Object.keys(catalogue)) if (!(key in english)) found.push(`stray key ${key}`)
  for (const [key, message] of Object.entries(catalogue)) {
    const source = english[key]
    if (!source || message === undefined) continue
    if (typeof source === 'string' && typeof message !== 'string') found.push(`${key}: should be text, not plural forms`)
    if (typeof source !== 'string') {
      if (typeof message === 'string') found.push(`${key}: should have plural forms (${categories.join(', ')})`)
      else {
        const missing = categories.filter((category) => typeof message[category] !== 'string')
        if (missing.length > 0) found.push(`${key}: missing plural form ${missing.join(', ')}`)
      }
    }
    const want = placeholders(source).join(', ')
    const have = placeholders(message).join(', ')
    if (want !== have) found.push(`${key}: placeholders {${have}} instead of {${want}}`)
    if (texts(message).some((text) => text.trim() === '')) found.push(`${key}: empty text`)
  }
  return found
}

describe.each(translated)('the %s catalogue', (locale) => {
  it('has every English key, no other, every plural form, the same placeholders and no empty text', async () => {
    const catalogue = (await loadCatalogue(locale)) as Record<string, Message | undefined>
    expect(problems(locale, catalogue)).toEqual([])
  })

  it('is a translation, not a copy of English', async () => {
    const catalogue = (await loadCatalogue(locale)) as Record<string, Message | undefined>
    // A few messages may rightly read the same ("PingOne", "XXXX-XXXX", "OK"); most may not.
    const same = englishKeys.filter((key) => JSON.stringify(catalogue[key]) === JSON.stringify(english[key]))
    expect(same.length, `untranslated: ${same.join(', ')}`).toBeLessThan(englishKeys.length * 0.05)
  })
})

describe('the English catalogue', () => {
  it('has an "other" form and text in every message', () => {
    const found = Object.entries(english).flatMap(([key, message]) => [
      ...(typeof message !== 'string' && !message.other ? [`${key}: no other form`] : []),
      ...(texts(message).some((text) => text.trim() === '') ? [`${key}: empty text`] : []),
    ])
    expect(found).toEqual([])
  })

  const files = sources('src').filter((file) => !file.startsWith(join('src', 'messages')))
  const code = files.map((file) => readFileSync(file, 'utf8')).join('\n')

  it('has every key the kit asks for', () => {
    // `t('key')`, `t('key', …)` and `t(cond ? 'a' : 'b')`; other keys are typed as MessageKey, so tsc checks them.
    const used = new Set<string>()
    for (const m of code.matchAll(/\bt\(\s*'([^']+)'/g)) used.add(m[1]!)
    for (const m of code.matchAll(/\bt\([^()]*?\?\s*'([^']+)'\s*:\s*'([^']+)'\s*[,)]/g)) used.add(m[1]!).add(m[2]!)
    expect(used.size).toBeGreaterThan(50)
    expect([...used].filter((key) => !(key in english))).toEqual([])
  })

  it('has no key the kit never uses (error and FAILED codes aside, which are looked up by code)', () => {
    const unused = englishKeys.filter(
      (key) => !key.startsWith('error.') && !key.startsWith('failed.') && !code.includes(`'${key}'`),
    )
    expect(unused).toEqual([])
  })
})

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [join(dir, entry.name)] : [],
  )
}
