import { useQuery, type QueryClient } from '@tanstack/react-query'
import { useMemo } from 'react'
import { englishMessage } from './english'
import { directionOf, isShipped, loadLocale, resolveLocale, shippedLocales } from './locales'
import { createTranslator } from './translator'
import type { Message, MessageOverrides, Translate } from './types'

/** Per-locale message overrides; `'*'` applies to every locale. */
export type LocaleMessages = { [locale: string]: MessageOverrides }

type Messages = { t: Translate; locale: string; dir: 'ltr' | 'rtl'; isLoading: boolean }

/**
 * The translator for `requested` (a BCP 47 tag): the host's overrides, then the shipped catalogue
 * (loaded on demand through the kit's query client), then English, per key.
 */
export function useMessages(
  requested: string,
  overrides: LocaleMessages | undefined,
  dir: 'ltr' | 'rtl' | undefined,
  client: QueryClient,
): Messages {
  const available = [...shippedLocales, ...Object.keys(overrides ?? {}).filter((tag) => tag !== '*')]
  const locale = resolveLocale(requested, available)
  const toLoad = isShipped(locale) && locale !== 'en' ? locale : undefined
  const query = useQuery(
    {
      queryKey: ['pingone-signon', 'messages', toLoad],
      queryFn: () => (toLoad ? loadLocale(toLoad) : null),
      enabled: toLoad !== undefined,
    },
    client,
  )
  const catalogue = query.data ?? undefined
  // Compared by content, so an inline `messages={{…}}` does not re-render every step on each render.
  const overridesKey = JSON.stringify(overrides ?? null)
  const t = useMemo(() => {
    const own = overrides?.[locale] as Record<string, Message | undefined> | undefined
    const everywhere = overrides?.['*'] as Record<string, Message | undefined> | undefined
    return createTranslator(locale, (key) => own?.[key] ?? everywhere?.[key] ?? catalogue?.(key) ?? englishMessage(key))
    // overridesKey stands for overrides (same content, same messages).
  }, [locale, overridesKey, catalogue])
  // A locale that fails to load (offline) falls back to English rather than blocking the sign-on.
  return { t, locale, dir: dir ?? directionOf(locale), isLoading: toLoad !== undefined && query.isPending }
}

