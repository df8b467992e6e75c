import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, waitFor } from 'storybook/test'
import { PingOneSignOn } from '../src'
import { en } from '../src/messages/en'
import { onEmulator, wrongPasswordOnField } from './support/emulator'
import { kitRoot } from './support/look'
import { messagesIn, storyMessages } from './support/messages'
import { submitPassword } from './support/play'

/**
 * `locale`: every string from the shipped catalogue of that locale, loaded on demand; the root
 * carries `lang` and `dir`. The toolbar's Locale menu switches any story.
 */
const meta = {
  title: 'Locales',
  component: PingOneSignOn,
  ...onEmulator(),
} satisfies Meta<typeof PingOneSignOn>

export default meta
type Story = StoryObj<typeof meta>

type Context = Parameters<NonNullable<Story['play']>>[0]

/** The sign-on step in the story's locale: translated heading, labels and button, and `lang`/`dir`. */
async function expectSignOnStepIn(context: Context, lang: string, dir: 'ltr' | 'rtl') {
  const t = await storyMessages(context)
  // A translation, not the English fallback.
  await expect(t('usernamePassword.title')).not.toBe(en['usernamePassword.title' as keyof typeof en])
  await expect(await context.canvas.findByLabelText(t('fields.username'))).toBeVisible()
  await expect(context.canvas.getByRole('heading', { name: t('usernamePassword.title') })).toBeVisible()
  await expect(context.canvas.getByRole('button', { name: t('usernamePassword.submit') })).toBeVisible()
  const root = kitRoot(context.canvasElement)
  await expect(root).toHaveAttribute('lang', lang)
  await expect(root).toHaveAttribute('dir', dir)
  return t
}

/** German. */
export const German: Story = {
  args: { locale: 'de' },
  play: (context) => expectSignOnStepIn(context, 'de', 'ltr').then(() => undefined),
}

/** Japanese. */
export const Japanese: Story = {
  args: { locale: 'ja' },
  play: (context) => expectSignOnStepIn(context, 'ja', 'ltr').then(() => undefined),
}

/** Hebrew: right to left, from the locale alone. */
export const Hebrew: Story = {
  args: { locale: 'he' },
  play: (context) => expectSignOnStepIn(context, 'he', 'rtl').then(() => undefined),
}

/** A regional tag the kit does not ship falls back to its language: `de-AT` shows German. */
export const RegionFallback: Story = {
  args: { locale: 'de-AT' },
  play: async (context) => {
    await expectSignOnStepIn(context, 'de', 'ltr')
    await expect((await messagesIn('de'))('usernamePassword.title')).toBe((await storyMessages(context))('usernamePassword.title'))
  },
}

/** PingOne's error codes map to messages too: a wrong password, said in Arabic. */
export const ArabicServerError: Story = {
  parameters: { emulator: wrongPasswordOnField },
  args: { locale: 'ar' },
  play: async (context) => {
    const t = await expectSignOnStepIn(context, 'ar', 'rtl')
    await submitPassword(context, 'demo', 'not-the-password')
    const password = context.canvas.getByLabelText(t('fields.password'))
    await waitFor(() => expect(password).toHaveAccessibleDescription(expect.stringContaining(t('error.INVALID_VALUE.password'))))
    await expect(password).toHaveAttribute('aria-invalid', 'true')
  },
}
