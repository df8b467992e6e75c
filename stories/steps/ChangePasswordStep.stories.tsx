import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, waitFor } from 'storybook/test'
import { PingOneSignOn } from '../../src'
import { onEmulator } from '../support/emulator'
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
    await submitPassword(context, 'expired', 'Demo-Passw0rd!')
    await expect(await context.canvas.findByRole('heading', { name: 'Your password has expired' })).toBeVisible()
    await context.userEvent.type(context.canvas.getByLabelText('New password'), 'fresh')
    await expect(context.canvas.getByRole('status')).toHaveTextContent(/Password still needs/)
  },
}

/** An administrator asked `must-change` to choose a new password. */
export const MustChange: Story = {
  play: async (context) => {
    await submitPassword(context, 'must-change', 'Demo-Passw0rd!')
    await expect(await context.canvas.findByRole('heading', { name: 'Change your password' })).toBeVisible()
  },
}

/** Reusing the current password passes every browser rule, but PingOne reports its `history` rule. */
export const PolicyFailure: Story = {
  play: async (context) => {
    const { canvas, userEvent } = context
    await submitPassword(context, 'expired', 'Demo-Passw0rd!')
    await userEvent.type(await canvas.findByLabelText('Current password'), 'Demo-Passw0rd!')
    await userEvent.type(canvas.getByLabelText('New password'), 'Demo-Passw0rd!')
    await userEvent.click(canvas.getByRole('button', { name: 'Change password' }))
    const item = (await canvas.findByText('Not one of your last 6 passwords')).closest('li')
    await expect(item).toHaveAttribute('data-reported')
  },
}

/** A wrong current password lands on its field; both passwords are cleared. */
export const WrongCurrentPassword: Story = {
  play: async (context) => {
    const { canvas, userEvent } = context
    await submitPassword(context, 'expired', 'Demo-Passw0rd!')
    await userEvent.type(await canvas.findByLabelText('Current password'), 'not-it')
    await userEvent.type(canvas.getByLabelText('New password'), 'Fresh-Start-42')
    await userEvent.click(canvas.getByRole('button', { name: 'Change password' }))
    const current = canvas.getByLabelText('Current password')
    await waitFor(() => expect(current).toHaveAccessibleDescription('Incorrect current password.'))
  },
}
