import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, waitFor } from 'storybook/test'
import { PingOneSignOn } from '../src'
import { onEmulator, wrongPasswordOnField } from './support/emulator'
import { storyMessages } from './support/messages'
import { submitPassword } from './support/play'

/**
 * `messages`: override any key, for one locale or for all (`'*'`), PingOne's error codes included
 * (`error.<CODE>` and `error.<CODE>.<target>`). Everything else keeps the shipped text.
 */
const meta = {
  title: 'Messages',
  component: PingOneSignOn,
  ...onEmulator(),
} satisfies Meta<typeof PingOneSignOn>

export default meta
type Story = StoryObj<typeof meta>

/** `'*'` applies in every locale: try the toolbar's Locale menu, the heading stays. */
export const EveryLocale: Story = {
  args: { messages: { '*': { 'usernamePassword.title': 'Welcome back to Acme' } } },
  play: async (context) => {
    const t = await storyMessages(context)
    await expect(await context.canvas.findByRole('heading', { name: 'Welcome back to Acme' })).toBeVisible()
    // The keys not overridden keep the shipped text.
    await expect(context.canvas.getByRole('button', { name: t('usernamePassword.submit') })).toBeVisible()
  },
}

/** Per locale: the German override shows in German; the English one would in English. */
export const PerLocale: Story = {
  args: {
    locale: 'de',
    messages: {
      en: { 'usernamePassword.title': 'Welcome back' },
      de: { 'usernamePassword.title': 'Willkommen zurück' },
    },
  },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('heading', { name: 'Willkommen zurück' })).toBeVisible()
  },
}

/** A PingOne error code and target (`INVALID_VALUE` on `password`) in the app's own words. */
export const ErrorCode: Story = {
  parameters: { emulator: wrongPasswordOnField },
  args: { messages: { '*': { 'error.INVALID_VALUE.password': 'That is not your Acme password.' } } },
  play: async (context) => {
    const t = await storyMessages(context)
    await submitPassword(context, 'demo', 'not-the-password')
    const password = context.canvas.getByLabelText(t('fields.password'))
    await waitFor(() => expect(password).toHaveAccessibleDescription(expect.stringContaining('That is not your Acme password.')))
  },
}
