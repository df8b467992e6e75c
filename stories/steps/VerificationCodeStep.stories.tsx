import type { Meta, StoryObj, StoryContext } from '@storybook/react-vite'
import { expect, waitFor } from 'storybook/test'
import { PingOneSignOn } from '../../src'
import { onEmulator } from '../support/emulator'
import { storyMessages } from '../support/messages'

/** VERIFICATION_CODE_REQUIRED: after "Create an account"; the code is in the emulator's outbox. */
const meta = {
  title: 'Steps/VerificationCodeStep',
  component: PingOneSignOn,
  ...onEmulator(),
} satisfies Meta<typeof PingOneSignOn>

export default meta
type Story = StoryObj<typeof meta>

/** Registers `newbie`, in the story's locale; resolves to the verification code field. */
async function register(context: Pick<StoryContext, 'canvas' | 'userEvent' | 'args' | 'globals'>) {
  const { canvas, userEvent } = context
  const t = await storyMessages(context)
  await userEvent.click(await canvas.findByRole('button', { name: t('usernamePassword.register') }))
  await userEvent.type(canvas.getByLabelText(t('fields.username')), 'newbie')
  await userEvent.type(canvas.getByLabelText(t('fields.email')), 'newbie@example.com')
  await userEvent.type(canvas.getByLabelText(t('fields.password')), 'Fresh-Start-42')
  await userEvent.click(canvas.getByRole('button', { name: t('register.submit') }))
  return canvas.findByLabelText(t('verificationCode.code'))
}

/** The code sent to the new account's email address. */
export const Default: Story = {
  play: async (context) => {
    const t = await storyMessages(context)
    await expect(await register(context)).toBeVisible()
    await expect(context.canvas.getByText(t('verificationCode.introWithEmail', { email: 'newbie@example.com' }))).toBeVisible()
  },
}

/** A wrong code lands on its field and is cleared. */
export const WrongCode: Story = {
  play: async (context) => {
    const { canvas, userEvent } = context
    const t = await storyMessages(context)
    await userEvent.type(await register(context), 'WRONG123')
    await userEvent.click(canvas.getByRole('button', { name: t('verificationCode.submit') }))
    const code = canvas.getByLabelText(t('verificationCode.code'))
    await waitFor(() => expect(code).toHaveAccessibleDescription(expect.stringContaining(t('error.INVALID_VALUE.verificationCode'))))
  },
}
