import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { loadCatalogue } from '../../src/messages/catalogue'
import { en } from '../../src/messages/en'
import { enFirst } from '../../src/messages/en/first'
import { enLater } from '../../src/messages/en/later'
import { addLaterEnglish } from '../../src/messages/english'
import { shippedLocales } from '../../src/messages/locales'
import { fromMessageList, type MessageLists } from '../../src/messages/messageList'
import { localesAsMessageLists } from '../../vite.config'

const locales = shippedLocales.filter((locale) => locale !== 'en')
let readLater = false
const pathOf = (locale: string) => fileURLToPath(new URL(`../../src/messages/locales/${locale}.ts`, import.meta.url))

/** What `npm run build` ships for a locale: the build plugin's output for its source. */
async function built(locale: string): Promise<MessageLists> {
  const plugin = localesAsMessageLists()
  const transform = plugin.transform as (source: string, id: string) => Promise<{ code: string }>
  const { code } = await transform(await readFile(pathOf(locale), 'utf8'), pathOf(locale))
  return JSON.parse(code.replace(/^export default /, '')) as MessageLists
}

describe('locales ship as message lists', () => {
  it.each(locales)('%s reads back as its source catalogue, the later part once its English has loaded', async (locale) => {
    const [first, later] = await built(locale)
    expect(first).toHaveLength(Object.keys(enFirst).length)
    expect(later).toHaveLength(Object.keys(enLater).length)
    expect([...first, ...later]).not.toContain(null)
    const source = await loadCatalogue(locale)
    const lookup = fromMessageList([first, later])
    const read = () => Object.fromEntries(Object.keys(en).flatMap((key) => (lookup(key) === undefined ? [] : [[key, lookup(key)]])))
    const firstOnly = Object.fromEntries(Object.keys(enFirst).map((key) => [key, source[key as keyof typeof source]]))
    // The module state of src/messages/english.ts: the later part may have loaded in an earlier test.
    if (!readLater) expect(read()).toEqual(firstOnly)
    addLaterEnglish(enLater)
    readLater = true
    expect(read()).toEqual(source)
  })

  it('leaves a message the list lacks to English', () => {
    const first = Object.keys(enFirst).map(() => null as string | null)
    first[0] = 'Passwort anzeigen'
    const lookup = fromMessageList([first, Object.keys(enLater).map(() => null)])
    expect(lookup(Object.keys(enFirst)[0]!)).toBe('Passwort anzeigen')
    expect(Object.keys(en).filter((key) => lookup(key) !== undefined)).toEqual([Object.keys(enFirst)[0]])
  })

  it('leaves other modules alone', async () => {
    const plugin = localesAsMessageLists()
    const transform = plugin.transform as (source: string, id: string) => Promise<unknown>
    await expect(transform('export const x = 1', '/repo/src/messages/en.ts')).resolves.toBeNull()
  })
})
