import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, waitFor } from 'storybook/test'
import { PingOneSignOn } from '../../src'
import { onEmulator, type EmulatorLoaded } from '../support/emulator'
import { storyMessages } from '../support/messages'
import { submitPassword } from '../support/play'

/** OTP_REQUIRED: `mfa-sms` has one phone; the code is in the emulator's outbox. */
const meta = {
  title: 'Steps/OtpStep',
  component: PingOneSignOn,
  ...onEmulator(),
} satisfies Meta<typeof PingOneSignOn>

export default meta
type Story = StoryObj<typeof meta>

/** The code field, with where the code went. */
export const Default: Story = {
  play: async (context) => {
    const t = await storyMessages(context)
    await submitPassword(context, 'mfa-sms', 'Demo-Passw0rd!')
    await expect(await context.canvas.findByText(t('otp.prompt.sms', { phone: '*******01' }))).toBeVisible()
    await expect(context.canvas.getByLabelText(t('otp.code'))).toHaveAttribute('autocomplete', 'one-time-code')
  },
}

/** A wrong code lands on the field, with the attempts left. */
export const WrongCode: Story = {
  play: async (context) => {
    const t = await storyMessages(context)
    await submitPassword(context, 'mfa-sms', 'Demo-Passw0rd!')
    const { canvas, userEvent } = context
    await userEvent.type(await canvas.findByLabelText(t('otp.code')), '000000x')
    await userEvent.click(canvas.getByRole('button', { name: t('otp.submit') }))
    const code = canvas.getByLabelText(t('otp.code'))
    const message = t('error.join', { message: t('error.INVALID_VALUE.otp'), detail: t('error.attemptsLeft', { count: 2 }) })
    await waitFor(() => expect(code).toHaveAccessibleDescription(message))
  },
}

/** "Resend code" selects the same device again: a second code is sent, and it works. */
export const Resend: Story = {
  play: async (context) => {
    const t = await storyMessages(context)
    await submitPassword(context, 'mfa-sms', 'Demo-Passw0rd!')
    const { canvas, userEvent, args } = context
    const { emulator } = context.loaded as EmulatorLoaded
    await userEvent.click(await canvas.findByRole('button', { name: t('otp.resend') }))
    await expect(await canvas.findByText(t('otp.resent'))).toBeVisible()
    await expect(emulator.outbox()).toHaveLength(2)
    await userEvent.type(canvas.getByLabelText(t('otp.code')), emulator.outbox().at(-1)!.code)
    await userEvent.click(canvas.getByRole('button', { name: t('otp.submit') }))
    await waitFor(() => expect(args.onComplete).toHaveBeenCalled())
  },
}
