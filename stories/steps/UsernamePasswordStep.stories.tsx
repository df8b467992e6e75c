import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, waitFor } from 'storybook/test'
import { defaultConfig } from '../../emulator'
import { PingOneSignOn } from '../../src'
import { onEmulator, withApplication } from '../support/emulator'
import { submitPassword } from '../support/play'

/** USERNAME_PASSWORD_REQUIRED: the demo app's default policy. */
const meta = {
  title: 'Steps/UsernamePasswordStep',
  component: PingOneSignOn,
  ...onEmulator(),
} satisfies Meta<typeof PingOneSignOn>

export default meta
type Story = StoryObj<typeof meta>

/** The form, with a button for the app's social provider. */
export const Default: Story = {
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('button', { name: 'Continue with Acme ID' })).toBeVisible()
  },
}

/** PingOne's answer to a wrong password lands on the password field. */
export const WrongPassword: Story = {
  play: async (context) => {
    await submitPassword(context, 'demo', 'not-the-password')
    const password = context.canvas.getByLabelText('Password')
    await waitFor(() => expect(password).toHaveAccessibleDescription(/Incorrect password. 4 attempts left/))
    await expect(password).toHaveAttribute('aria-invalid', 'true')
  },
}

/** The environment locks an account after one failure: the first wrong password locks it. */
export const LockedOut: Story = {
  parameters: { emulator: { ...defaultConfig, lockout: { failures: 1, seconds: 300 } } },
  play: async (context) => {
    await submitPassword(context, 'demo', 'not-the-password')
    await expect(await context.canvas.findByRole('alert')).toHaveTextContent(
      'Too many failed attempts. Try again in 5 minutes.',
    )
  },
}

/** An application that offers no external identity provider. */
export const NoSocialProviders: Story = {
  parameters: { emulator: withApplication({ socialProviderIds: [] }) },
  play: async ({ canvas }) => {
    await canvas.findByLabelText('Password')
    await expect(canvas.queryByRole('group', { name: 'Other ways to sign on' })).toBeNull()
  },
}
