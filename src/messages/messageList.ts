import { firstKeys, laterKeys } from './english'
import type { Catalogue, Message } from './types'

// Every locale has the same keys, so the build ships a locale's messages as two lists in the order
// of the English parts' keys (vite.config.ts, `localesAsMessageLists`), without repeating the keys in
// each locale: a third of its bytes. The sources stay keyed and typed.

/** A message list in English key order; null where the locale has no message (English is used). */
export type MessageList = (Message | null)[]

/** A locale as the build ships it: its messages for the first English part, then the later one. */
export type MessageLists = [first: MessageList, later: MessageList]

/** A locale's message for a key, or undefined (English is used). */
export type CatalogueLookup = (key: string) => Message | undefined

/**
 * Reads a loaded locale module: message lists from the build, or the keyed source itself (tests,
 * Storybook and the demo load the sources). The later list is read once its English keys have
 * loaded, with the steps that need it.
 */
export function fromMessageList(loaded: Partial<Catalogue> | MessageLists): CatalogueLookup {
  if (!Array.isArray(loaded)) {
    const keyed: Partial<Record<string, Message>> = loaded
    return (key) => keyed[key]
  }
  const [firstList, laterList] = loaded
  const first = toRecord(firstKeys(), firstList)
  let later: Partial<Record<string, Message>> | undefined
  return (key) => {
    if (Object.hasOwn(first, key)) return first[key]
    const keys = laterKeys()
    later ??= keys && toRecord(keys, laterList)
    return later?.[key]
  }
}

function toRecord(keys: string[], list: MessageList): Partial<Record<string, Message>> {
  const record: Partial<Record<string, Message>> = {}
  for (const [index, key] of keys.entries()) {
    const message = list[index]
    if (message != null) record[key] = message
  }
  return record
}
