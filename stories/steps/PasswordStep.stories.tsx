import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect } from 'storybook/test'
import { PingOneSignOn } from '../../src'
import { identifierFirst, onEmulator } from '../support/emulator'
import { storyMessages } from '../support/messages'
import { submitUsername } from '../support/play'

/** PASSWORD_REQUIRED: after identifier first, the user is known and only the password is missing. */
const meta = {
  title: 'Steps/PasswordStep',
  component: PingOneSignOn,
  ...onEmulator(identifierFirst),
} satisfies Meta<typeof PingOneSignOn>

export default meta
type Story = StoryObj<typeof meta>

/** Reached by entering `demo` on the identifier step. */
export const Default: Story = {
  play: async (context) => {
    const t = await storyMessages(context)
    await submitUsername(context, 'demo')
    await expect(context.canvas.getByText(t('user.signingOnAs', { username: 'demo' }))).toBeVisible()
    await expect(context.canvas.getByRole('button', { name: t('password.switchUser') })).toBeVisible()
  },
}
