import type { en } from './en'

/** Plural forms of a message, chosen by `Intl.PluralRules` on the `count` parameter. */
export type PluralMessage = {
  zero?: string
  one?: string
  two?: string
  few?: string
  many?: string
  other: string
}

/** A message: text with `{name}` placeholders, or plural forms. Always rendered as text, never HTML. */
export type Message = string | PluralMessage

/** Every key of the kit's message catalogue. */
export type MessageKey = keyof typeof en

/** A complete catalogue: a message for every key. */
export type Catalogue = Record<MessageKey, Message>

/**
 * Messages to use instead of the kit's: any catalogue key, plus messages for PingOne error codes the
 * kit does not know (`error.<CODE>` or `error.<CODE>.<target>`) and FAILED reasons (`failed.<CODE>`).
 */
export type MessageOverrides = Partial<Catalogue> & { [key: `error.${string}` | `failed.${string}`]: Message }

/** Values for a message's `{name}` placeholders; `count` also picks the plural form. */
export type MessageParams = Record<string, string | number>

/** Looks up a message and fills in its placeholders. */
export type Translate = {
  (key: MessageKey, params?: MessageParams): string
  /** The message for a key that may be missing (such as an error code); undefined when missing. */
  maybe: (key: string, params?: MessageParams) => string | undefined
}
