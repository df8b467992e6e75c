import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, waitFor } from 'storybook/test'
import { PingOneSignOn } from '../../src'
import { onEmulator, type EmulatorLoaded } from '../support/emulator'
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
    await submitPassword(context, 'mfa-sms', 'Demo-Passw0rd!')
    await expect(await context.canvas.findByText('We sent a code by text message to *******01.')).toBeVisible()
    await expect(context.canvas.getByLabelText('Code')).toHaveAttribute('autocomplete', 'one-time-code')
  },
}

/** A wrong code lands on the field, with the attempts left. */
export const WrongCode: Story = {
  play: async (context) => {
    await submitPassword(context, 'mfa-sms', 'Demo-Passw0rd!')
    const { canvas, userEvent } = context
    await userEvent.type(await canvas.findByLabelText('Code'), '000000x')
    await userEvent.click(canvas.getByRole('button', { name: 'Verify' }))
    const code = canvas.getByLabelText('Code')
    await waitFor(() => expect(code).toHaveAccessibleDescription('That code is wrong or has expired. 2 attempts left.'))
  },
}

/** "Resend code" selects the same device again: a second code is sent, and it works. */
export const Resend: Story = {
  play: async (context) => {
    await submitPassword(context, 'mfa-sms', 'Demo-Passw0rd!')
    const { canvas, userEvent, args } = context
    const { emulator } = context.loaded as EmulatorLoaded
    await userEvent.click(await canvas.findByRole('button', { name: 'Resend code' }))
    await expect(await canvas.findByText('We sent you a new code.')).toBeVisible()
    await expect(emulator.outbox()).toHaveLength(2)
    await userEvent.type(canvas.getByLabelText('Code'), emulator.outbox().at(-1)!.code)
    await userEvent.click(canvas.getByRole('button', { name: 'Verify' }))
    await waitFor(() => expect(args.onComplete).toHaveBeenCalled())
  },
}
