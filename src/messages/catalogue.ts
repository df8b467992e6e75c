import { en } from './en'
import { enLater } from './en/later'
import { addLaterEnglish } from './english'
import { loadLocaleModule, type ShippedLocale } from './locales'
import { fromMessageList } from './messageList'
import type { Catalogue, Message } from './types'

/**
 * A shipped locale's whole catalogue, keyed: for tests, Storybook and documentation, which read
 * every message at once. The kit itself reads locales key by key (`loadLocale`), so this module and
 * the whole English catalogue stay out of its bundle.
 */
export async function loadCatalogue(locale: Exclude<ShippedLocale, 'en'>): Promise<Partial<Catalogue>> {
  const loaded = await loadLocaleModule(locale)
  if (!Array.isArray(loaded)) return loaded
  addLaterEnglish(enLater)
  const lookup = fromMessageList(loaded)
  const entries = Object.keys(en).flatMap((key): [string, Message][] => {
    const message = lookup(key)
    return message === undefined ? [] : [[key, message]]
  })
  return Object.fromEntries(entries)
}
