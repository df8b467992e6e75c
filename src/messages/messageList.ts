import { en } from './en'
import type { Catalogue, Message, MessageKey } from './types'

// Every locale has the same keys, so the build ships a locale's messages as a list in the order of
// the English catalogue's keys (vite.config.ts, `localesAsMessageLists`), without repeating the
// keys in each locale: a third of its bytes. The sources stay keyed and typed.

/** A message list in English key order; null where the locale has no message (English is used). */
export type MessageList = (Message | null)[]

/**
 * A loaded locale module's catalogue: a message list from the build, or the keyed source itself
 * (tests, Storybook and the demo load the sources).
 */
export function fromMessageList(loaded: Partial<Catalogue> | MessageList): Partial<Catalogue> {
  if (!Array.isArray(loaded)) return loaded
  const catalogue: Partial<Record<MessageKey, Message>> = {}
  for (const [index, key] of (Object.keys(en) as MessageKey[]).entries()) {
    const message = loaded[index]
    if (message != null) catalogue[key] = message
  }
  return catalogue
}
