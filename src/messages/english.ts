import { enFirst } from './en/first'
import type { Message } from './types'

// English of the first load, and the rest once the steps that show it have loaded (addLaterEnglish).
const first: Partial<Record<string, Message>> = enFirst
let later: Partial<Record<string, Message>> | undefined

/** The English message for `key`, if its part has loaded. */
export const englishMessage = (key: string): Message | undefined => first[key] ?? later?.[key]

/** The keys of the first part, in order: how a locale's first message list is read (./messageList). */
export const firstKeys = (): string[] => Object.keys(first)

/** The keys of the later part, in order, once loaded; undefined before. */
export const laterKeys = (): string[] | undefined => later && Object.keys(later)

/** Adds the English of the steps loaded on demand (src/steps/lazy loads it with them). */
export function addLaterEnglish(messages: Record<string, Message>): void {
  later = messages
}
