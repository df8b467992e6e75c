import type { Decorator, Loader, Preview } from '@storybook/react-vite'
import { setupWorker } from 'msw/browser'
import { configure } from 'storybook/test'
// The kit's optional stylesheet, as a host app would import it; brand themes override its custom properties.
import '../src/styles.css'
import { authBaseUrl, type EmulatorParameters } from '../stories/support/emulator'
import { mountEmulator } from './mountEmulator'
import { SignOnPage } from './SignOnPage'

// Play functions wait up to 5 s for what a user would see (1 s by default): the emulator answers
// in-page, but a busy CI machine playing stories side by side can be slow.
configure({ asyncUtilTimeout: 5000 })

// One worker for the whole preview; each story swaps in its own emulator (see mountEmulator).
const worker = setupWorker()
const started = worker.start({
  serviceWorker: { url: './mockServiceWorker.js' },
  quiet: true,
  // Storybook's own files pass through; anything for PingOne must be answered by a handler.
  onUnhandledRequest(request, print) {
    if (new URL(request.url).origin === new URL(authBaseUrl).origin) print.error()
  },
})

const emulatorLoader: Loader = async ({ parameters }) => {
  await started
  return mountEmulator(worker, parameters as EmulatorParameters)
}

/** The toolbar's values; also settable in the URL: `&globals=colorScheme:dark;locale:ar`. */
export type KitGlobals = {
  colorScheme: 'system' | 'light' | 'dark'
  locale: string
  dir: 'auto' | 'ltr' | 'rtl'
  theme: 'default' | 'acme' | 'evergreen'
  styles: 'styled' | 'unstyled'
}

const locales = [
  ['en', 'English'],
  ['de', 'Deutsch'],
  ['fr', 'Français'],
  ['es', 'Español'],
  ['it', 'Italiano'],
  ['nl', 'Nederlands'],
  ['pt-BR', 'Português (Brasil)'],
  ['ja', '日本語'],
  ['zh-CN', '简体中文'],
  ['ko', '한국어'],
  ['ar', 'العربية (RTL)'],
  ['he', 'עברית (RTL)'],
] as const

/** The `<PingOneSignOn>` props the toolbar drives. */
type KitArgs = { locale?: string; dir?: 'ltr' | 'rtl'; colorScheme?: KitGlobals['colorScheme']; unstyled?: boolean }

/**
 * Passes the toolbar into the story's `<PingOneSignOn>` as props (a React decorator may render
 * `<Story args={…} />`, which replaces the story's args for this render), and puts the story on a
 * page in the same colour scheme and brand theme. A prop the story sets itself wins over the
 * toolbar: a story about `colorScheme="dark"` stays dark.
 */
const withKitGlobals: Decorator = (Story, { args, globals }) => {
  const g = globals as Partial<KitGlobals>
  const own = args as KitArgs
  const kit: KitArgs = {
    locale: own.locale ?? g.locale ?? 'en',
    dir: own.dir ?? (g.dir === 'ltr' || g.dir === 'rtl' ? g.dir : undefined),
    colorScheme: own.colorScheme ?? g.colorScheme ?? 'system',
    unstyled: own.unstyled ?? (g.styles === 'unstyled' ? true : undefined),
  }
  return (
    <SignOnPage colorScheme={kit.colorScheme} theme={g.theme}>
      <Story args={{ ...args, ...kit }} />
    </SignOnPage>
  )
}

const preview = {
  loaders: [emulatorLoader],
  decorators: [withKitGlobals],
  globalTypes: {
    colorScheme: {
      description: 'Colour scheme (the colorScheme prop)',
      toolbar: {
        title: 'Scheme',
        icon: 'contrast',
        items: [
          { value: 'system', title: 'System', icon: 'browser' },
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Locale (the locale prop)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: locales.map(([value, title]) => ({ value, title, right: value })),
        dynamicTitle: true,
      },
    },
    dir: {
      description: 'Direction (the dir prop); Auto follows the locale',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'auto', title: 'Auto (from the locale)' },
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Brand theme: custom properties set by a class on the page (preview.css)',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'default', title: 'Default' },
          { value: 'acme', title: 'Acme (violet, pill buttons, logo)' },
          { value: 'evergreen', title: 'Evergreen (green, square, serif)' },
        ],
        dynamicTitle: true,
      },
    },
    styles: {
      description: 'The kit stylesheet, or the unstyled prop',
      toolbar: {
        title: 'Styles',
        icon: 'component',
        items: [
          { value: 'styled', title: 'Styled' },
          { value: 'unstyled', title: 'Unstyled' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {
    colorScheme: 'system',
    locale: 'en',
    dir: 'auto',
    theme: 'default',
    styles: 'styled',
  } satisfies KitGlobals,
  parameters: {
    layout: 'fullscreen',
    controls: { exclude: ['children', 'components', 'messages'] },
  },
} satisfies Preview

export default preview
