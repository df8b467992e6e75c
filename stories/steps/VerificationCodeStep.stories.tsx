import type { Meta, StoryObj, StoryContext } from '@storybook/react-vite'
import { expect, waitFor } from 'storybook/test'
import { PingOneSignOn } from '../../src'
import { onEmulator } from '../support/emulator'

/** VERIFICATION_CODE_REQUIRED: after "Create an account"; the code is in the emulator's outbox. */
const meta = {
  title: 'Steps/VerificationCodeStep',
  component: PingOneSignOn,
  ...onEmulator(),
} satisfies Meta<typeof PingOneSignOn>

export default meta
type Story = StoryObj<typeof meta>

async function register({ canvas, userEvent }: Pick<StoryContext, 'canvas' | 'userEvent'>) {
  await userEvent.click(await canvas.findByRole('button', { name: 'Create an account' }))
  await userEvent.type(canvas.getByLabelText('Username'), 'newbie')
  await userEvent.type(canvas.getByLabelText('Email'), 'newbie@example.com')
  await userEvent.type(canvas.getByLabelText('Password'), 'Fresh-Start-42')
  await userEvent.click(canvas.getByRole('button', { name: 'Create account' }))
  return canvas.findByLabelText('Verification code')
}

/** The code sent to the new account's email address. */
export const Default: Story = {
  play: async (context) => {
    await expect(await register(context)).toBeVisible()
    await expect(context.canvas.getByText(/We emailed a code to newbie@example.com/)).toBeVisible()
  },
}

/** A wrong code lands on its field and is cleared. */
export const WrongCode: Story = {
  play: async (context) => {
    const { canvas, userEvent } = context
    await userEvent.type(await register(context), 'WRONG123')
    await userEvent.click(canvas.getByRole('button', { name: 'Verify' }))
    const code = canvas.getByLabelText('Verification code')
    await waitFor(() => expect(code).toHaveAccessibleDescription(/That code is wrong/))
  },
}
