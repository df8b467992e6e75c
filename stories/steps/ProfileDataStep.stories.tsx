import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, waitFor } from 'storybook/test'
import { PingOneSignOn } from '../../src'
import { onEmulator, withApplication } from '../support/emulator'
import { submitPassword } from '../support/play'

/** PROFILE_DATA_REQUIRED: the demo user `new-joiner` has no mobile phone on file. */
const meta = {
  title: 'Steps/ProfileDataStep',
  component: PingOneSignOn,
  ...onEmulator(),
} satisfies Meta<typeof PingOneSignOn>

export default meta
type Story = StoryObj<typeof meta>

/** The prompt, a required mobile phone and an optional postal code. */
export const Default: Story = {
  play: async (context) => {
    await submitPassword(context, 'new-joiner', 'Demo-Passw0rd!')
    await expect(await context.canvas.findByLabelText('Mobile phone')).toBeRequired()
  },
}

/** The required field left empty: the form says so before anything is sent. */
export const RequiredMissing: Story = {
  play: async (context) => {
    await submitPassword(context, 'new-joiner', 'Demo-Passw0rd!')
    const phone = await context.canvas.findByLabelText('Mobile phone')
    await context.userEvent.click(context.canvas.getByRole('button', { name: 'Continue' }))
    await waitFor(() => expect(phone).toHaveAccessibleDescription('Enter your mobile phone.'))
  },
}

/** PingOne's own error on a dotted attribute (`address.postalCode`) lands on its field. */
export const ServerError: Story = {
  parameters: {
    emulator: withApplication({
      progressiveProfiling: {
        promptText: 'Where do you live?',
        attributes: [{ name: 'address.postalCode', displayName: 'Postal code', required: true }],
      },
    }),
  },
  play: async (context) => {
    await submitPassword(context, 'new-joiner', 'Demo-Passw0rd!')
    const postalCode = await context.canvas.findByLabelText('Postal code')
    await context.userEvent.type(postalCode, '   ')
    await context.userEvent.click(context.canvas.getByRole('button', { name: 'Continue' }))
    await waitFor(() => expect(postalCode).toHaveAccessibleDescription('Postal code is required'))
  },
}
