import type { Meta, StoryObj, StoryContext } from '@storybook/react-vite'
import { expect, waitFor } from 'storybook/test'
import { PingOneSignOn } from '../../src'
import { onEmulator } from '../support/emulator'

/** RECOVERY_CODE_REQUIRED: after "Forgot password?"; the code is in the emulator's outbox. */
const meta = {
  title: 'Steps/RecoveryCodeStep',
  component: PingOneSignOn,
  ...onEmulator(),
} satisfies Meta<typeof PingOneSignOn>

export default meta
type Story = StoryObj<typeof meta>

async function forgotPassword({ canvas, userEvent }: Pick<StoryContext, 'canvas' | 'userEvent'>) {
  await userEvent.type(await canvas.findByLabelText('Username'), 'demo')
  await userEvent.click(canvas.getByRole('button', { name: 'Forgot password?' }))
  await userEvent.click(canvas.getByRole('button', { name: 'Send code' }))
  return canvas.findByLabelText('Recovery code')
}

/** The code and a new password, with the policy checklist. */
export const Default: Story = {
  play: async (context) => {
    await expect(await forgotPassword(context)).toBeVisible()
    await expect(context.canvas.getByText('Your password needs:')).toBeVisible()
  },
}

/** A wrong code lands on its field with the attempts left. */
export const WrongCode: Story = {
  play: async (context) => {
    const { canvas, userEvent } = context
    await userEvent.type(await forgotPassword(context), 'WRONG123')
    await userEvent.type(canvas.getByLabelText('New password'), 'Fresh-Start-42')
    await userEvent.click(canvas.getByRole('button', { name: 'Reset password' }))
    const code = canvas.getByLabelText('Recovery code')
    await waitFor(() => expect(code).toHaveAccessibleDescription(/4 attempts left/))
  },
}

/** "Send a new code": PingOne sends another and the count of wrong codes starts again. */
export const Resend: Story = {
  play: async (context) => {
    await forgotPassword(context)
    await context.userEvent.click(context.canvas.getByRole('button', { name: 'Send a new code' }))
    await expect(await context.canvas.findByText('We sent a new code. It replaces the one before.')).toBeVisible()
  },
}
