import type { Meta, StoryObj, StoryContext } from '@storybook/react-vite'
import { expect, waitFor } from 'storybook/test'
import { PingOneSignOn } from '../../src'
import { onEmulator } from '../support/emulator'
import { asText, storyMessages } from '../support/messages'

/** RECOVERY_CODE_REQUIRED: after "Forgot password?"; the code is in the emulator's outbox. */
const meta = {
  title: 'Steps/RecoveryCodeStep',
  component: PingOneSignOn,
  ...onEmulator(),
} satisfies Meta<typeof PingOneSignOn>

export default meta
type Story = StoryObj<typeof meta>

/** "Forgot password?" for `demo`, in the story's locale; resolves to the recovery code field. */
async function forgotPassword(context: Pick<StoryContext, 'canvas' | 'userEvent' | 'args' | 'globals'>) {
  const { canvas, userEvent } = context
  const t = await storyMessages(context)
  await userEvent.type(await canvas.findByLabelText(t('fields.username')), 'demo')
  await userEvent.click(canvas.getByRole('button', { name: t('usernamePassword.forgotPassword') }))
  await userEvent.click(canvas.getByRole('button', { name: t('forgotPassword.submit') }))
  return canvas.findByLabelText(t('recoveryCode.code'))
}

/** The code and a new password, with the policy checklist. */
export const Default: Story = {
  play: async (context) => {
    const t = await storyMessages(context)
    await expect(await forgotPassword(context)).toBeVisible()
    await expect(context.canvas.getByText(asText(t('passwordPolicy.title')))).toBeVisible()
  },
}

/** A wrong code lands on its field with the attempts left. */
export const WrongCode: Story = {
  play: async (context) => {
    const { canvas, userEvent } = context
    const t = await storyMessages(context)
    await userEvent.type(await forgotPassword(context), 'WRONG123')
    await userEvent.type(canvas.getByLabelText(t('changePassword.newPassword')), 'Fresh-Start-42')
    await userEvent.click(canvas.getByRole('button', { name: t('recoveryCode.submit') }))
    const code = canvas.getByLabelText(t('recoveryCode.code'))
    await waitFor(() => expect(code).toHaveAccessibleDescription(expect.stringContaining(t('error.attemptsLeft', { count: 4 }))))
  },
}

/** "Send a new code": PingOne sends another and the count of wrong codes starts again. */
export const Resend: Story = {
  play: async (context) => {
    const t = await storyMessages(context)
    await forgotPassword(context)
    await context.userEvent.click(context.canvas.getByRole('button', { name: t('resendCode.send') }))
    await expect(await context.canvas.findByText(t('resendCode.sent'))).toBeVisible()
  },
}
