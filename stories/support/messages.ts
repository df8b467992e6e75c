import type { StoryContext } from '@storybook/react-vite'
import { en } from '../../src/messages/en'
import { loadCatalogue } from '../../src/messages/catalogue'
import { isShipped, resolveLocale, shippedLocales } from '../../src/messages/locales'
import { createTranslator } from '../../src/messages/translator'
import type { Message, MessageKey, MessageParams, Translate } from '../../src/messages/types'

/**
 * The locale a story renders in: its own `locale` arg, else the toolbar's (as .storybook/preview.tsx
 * passes them to `<PingOneSignOn>`), resolved to a shipped locale.
 */
export function storyLocale({ args, globals }: Pick<StoryContext, 'args' | 'globals'>): string {
  const requested = (args as { locale?: string }).locale ?? (globals.locale as string | undefined) ?? 'en'
  return resolveLocale(requested, shippedLocales)
}

/**
 * The kit's own messages in `locale`, so a play function can find what a user reads in any
 * language: `canvas.findByRole('heading', { name: t('usernamePassword.title') })`.
 */
export async function messagesIn(locale: string): Promise<Translate> {
  const catalogue: Partial<Record<string, Message>> = isShipped(locale) && locale !== 'en' ? await loadCatalogue(locale) : en
  const english: Partial<Record<string, Message>> = en
  return createTranslator(locale, (key) => catalogue[key] ?? english[key])
}

/** {@link messagesIn} the story's locale. */
export function storyMessages(context: Pick<StoryContext, 'args' | 'globals'>): Promise<Translate> {
  return messagesIn(storyLocale(context))
}

/**
 * A message as Testing Library's text queries (`getByText`, `getByLabelText`) and jest-dom's
 * `toHaveTextContent` see the page: whitespace collapsed, no-break spaces included (French puts one
 * before `:` and `?`). Role names (`getByRole(…, { name })`) and accessible descriptions are compared
 * as they are: pass `t(…)` to those unchanged.
 */
export function asText(message: string): string {
  return message.replace(/\s+/g, ' ').trim()
}

/**
 * A message as a pattern: the placeholders `params` leaves out match any text, so a play function
 * can check a sentence whose variable part it does not spell out: `/Password still needs: .+\./`.
 * Any whitespace matches any whitespace, so it works on collapsed text and on text as it is.
 */
export function messagePattern(t: Translate, key: MessageKey, params?: MessageParams): RegExp {
  const escaped = t(key, params).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return new RegExp(escaped.replace(/\\\{\w+\\\}/g, '.+').replace(/\s+/g, '\\s+'))
}
