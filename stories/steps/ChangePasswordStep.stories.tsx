import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, waitFor } from 'storybook/test'
import { PingOneSignOn } from '../../src'
import { onEmulator } from '../support/emulator'
import { messagePattern, storyMessages } from '../support/messages'
import { submitPassword } from '../support/play'

/** PASSWORD_EXPIRED and MUST_CHANGE_PASSWORD: the demo users `expired` and `must-change`. */
const meta = {
  title: 'Steps/ChangePasswordStep',
  component: PingOneSignOn,
  ...onEmulator(),
} satisfies Meta<typeof PingOneSignOn>

export default meta
type Story = StoryObj<typeof meta>

/** The password of `expired` has expired: current password, new password and the policy checklist. */
export const Expired: Story = {
  play: async (context) => {
    const t = await storyMessages(context)
    await submitPassword(context, 'expired', 'Demo-Passw0rd!')
    await expect(await context.canvas.findByRole('heading', { name: t('changePassword.titleExpired') })).toBeVisible()
    await context.userEvent.type(context.canvas.getByLabelText(t('changePassword.newPassword')), 'fresh')
    await expect(context.canvas.getByRole('status')).toHaveTextContent(messagePattern(t, 'passwordPolicy.stillNeeds'))
  },
}

/** An administrator asked `must-change` to choose a new password. */
export const MustChange: Story = {
  play: async (context) => {
    const t = await storyMessages(context)
    await submitPassword(context, 'must-change', 'Demo-Passw0rd!')
    await expect(await context.canvas.findByRole('heading', { name: t('changePassword.title') })).toBeVisible()
  },
}

/** Reusing the current password passes every browser rule, but PingOne reports its `history` rule. */
export const PolicyFailure: Story = {
  play: async (context) => {
    const { canvas, userEvent } = context
    const t = await storyMessages(context)
    await submitPassword(context, 'expired', 'Demo-Passw0rd!')
    await userEvent.type(await canvas.findByLabelText(t('changePassword.currentPassword')), 'Demo-Passw0rd!')
    await userEvent.type(canvas.getByLabelText(t('changePassword.newPassword')), 'Demo-Passw0rd!')
    await userEvent.click(canvas.getByRole('button', { name: t('changePassword.submit') }))
    const item = (await canvas.findByText(t('passwordPolicy.history', { count: 6 }))).closest('li')
    await expect(item).toHaveAttribute('data-reported')
  },
}

/** A wrong current password lands on its field; both passwords are cleared. */
export const WrongCurrentPassword: Story = {
  play: async (context) => {
    const { canvas, userEvent } = context
    const t = await storyMessages(context)
    await submitPassword(context, 'expired', 'Demo-Passw0rd!')
    await userEvent.type(await canvas.findByLabelText(t('changePassword.currentPassword')), 'not-it')
    await userEvent.type(canvas.getByLabelText(t('changePassword.newPassword')), 'Fresh-Start-42')
    await userEvent.click(canvas.getByRole('button', { name: t('changePassword.submit') }))
    const current = canvas.getByLabelText(t('changePassword.currentPassword'))
    await waitFor(() => expect(current).toHaveAccessibleDescription(t('error.INVALID_VALUE.currentPassword')))
  },
}
