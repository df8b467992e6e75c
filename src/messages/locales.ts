import { fromMessageList, type CatalogueLookup, type MessageLists } from './messageList'
import type { Catalogue } from './types'

/** The locales the kit ships. English is built in; the others load on demand. */
export const shippedLocales = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt-BR', 'ja', 'zh-CN', 'ko', 'ar', 'he'] as const

/** One of {@link shippedLocales}. */
export type ShippedLocale = (typeof shippedLocales)[number]

// One dynamic import each, so a bundler splits every locale into its own chunk. The build turns
// each catalogue into a message list (./messageList).
type LocaleModule = { default: Catalogue | MessageLists }
const loaders: Record<Exclude<ShippedLocale, 'en'>, () => Promise<LocaleModule>> = {
  de: () => import('./locales/de'),
  fr: () => import('./locales/fr'),
  es: () => import('./locales/es'),
  it: () => import('./locales/it'),
  nl: () => import('./locales/nl'),
  'pt-BR': () => import('./locales/pt-BR'),
  ja: () => import('./locales/ja'),
  'zh-CN': () => import('./locales/zh-CN'),
  ko: () => import('./locales/ko'),
  ar: () => import('./locales/ar'),
  he: () => import('./locales/he'),
}

/** A shipped locale's module as loaded: message lists from the build, or the keyed source. */
export async function loadLocaleModule(locale: Exclude<ShippedLocale, 'en'>): Promise<Catalogue | MessageLists> {
  return (await loaders[locale]()).default
}

/** Loads a shipped locale's messages (English needs no loading; a missing message falls back to it). */
export async function loadLocale(locale: Exclude<ShippedLocale, 'en'>): Promise<CatalogueLookup> {
  return fromMessageList(await loadLocaleModule(locale))
}

export function isShipped(locale: string): locale is ShippedLocale {
  return (shippedLocales as readonly string[]).includes(locale)
}

// Where a language has one shipped variant, the bare language (or another script tag) means it.
const aliases: Record<string, string> = { pt: 'pt-BR', zh: 'zh-CN', 'zh-Hans': 'zh-CN', iw: 'he' }

/**
 * The best of `available` for a BCP 47 tag: the tag itself, then its language and script, then its
 * language; else English. Case-insensitive, so 'DE-at' finds 'de'.
 */
export function resolveLocale(requested: string, available: readonly string[]): string {
  let locale: Intl.Locale
  try {
    locale = new Intl.Locale(requested)
  } catch {
    return 'en'
  }
  const script = locale.script ? `${locale.language}-${locale.script}` : undefined
  const candidates = [locale.baseName, `${locale.language}-${locale.region ?? ''}`, script, locale.language]
  // Traditional Chinese is not Simplified Chinese: no alias for it.
  const traditional = locale.language === 'zh' && locale.maximize().script === 'Hant'
  for (const candidate of candidates) {
    if (!candidate) continue
    const wanted = (!traditional && aliases[candidate]) || candidate
    const found = available.find((tag) => tag.toLowerCase() === wanted.toLowerCase())
    if (found) return found
  }
  return 'en'
}

const rightToLeft = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'yi', 'dv', 'ckb', 'sd', 'ug'])

/** The writing direction of a locale's language. */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  const language = locale.split('-')[0]?.toLowerCase() ?? ''
  return rightToLeft.has(language) ? 'rtl' : 'ltr'
}
