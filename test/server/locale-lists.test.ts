import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { en } from '../../src/messages/en'
import { loadCatalogue, shippedLocales } from '../../src/messages/locales'
import { fromMessageList, type MessageList } from '../../src/messages/messageList'
import { localesAsMessageLists } from '../../vite.config'

const locales = shippedLocales.filter((locale) => locale !== 'en')
const pathOf = (locale: string) => fileURLToPath(new URL(`../../src/messages/locales/${locale}.ts`, import.meta.url))

/** What `npm run build` ships for a locale: the build plugin's output for its source. */
async function built(locale: string): Promise<MessageList> {
  const plugin = localesAsMessageLists()
  const transform = plugin.transform as (source: string, id: string) => Promise<{ code: string }>
  const { code } = await transform(await readFile(pathOf(locale), 'utf8'), pathOf(locale))
  return JSON.parse(code.replace(/^export default /, '')) as MessageList
}

describe('locales ship as message lists', () => {
  it.each(locales)('%s reads back as its source catalogue', async (locale) => {
    const list = await built(locale)
    expect(list).toHaveLength(Object.keys(en).length)
    expect(list).not.toContain(null)
    expect(fromMessageList(list)).toEqual(await loadCatalogue(locale))
  })

  it('leaves a message the list lacks to English', () => {
    const list: MessageList = Object.keys(en).map(() => null)
    list[0] = 'Passwort anzeigen'
    expect(fromMessageList(list)).toEqual({ [Object.keys(en)[0]!]: 'Passwort anzeigen' })
  })

  it('leaves other modules alone', async () => {
    const plugin = localesAsMessageLists()
    const transform = plugin.transform as (source: string, id: string) => Promise<unknown>
    await expect(transform('export const x = 1', '/repo/src/messages/en.ts')).resolves.toBeNull()
  })
})
