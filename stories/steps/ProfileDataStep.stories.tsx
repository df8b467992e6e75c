import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, waitFor } from 'storybook/test'
import { PingOneSignOn } from '../../src'
import { onEmulator, withApplication } from '../support/emulator'
import { storyLocale, storyMessages } from '../support/messages'
import { submitPassword } from '../support/play'

/** PROFILE_DATA_REQUIRED: the demo user `new-joiner` has no mobile phone on file. */
const meta = {
  title: 'Steps/ProfileDataStep',
  component: PingOneSignOn,
  ...onEmulator(),
} satisfies Meta<typeof PingOneSignOn>

export default meta
type Story = StoryObj<typeof meta>

// The field labels are the attributes' display names from PingOne (the emulator's), so they stay English.

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
    const t = await storyMessages(context)
    await submitPassword(context, 'new-joiner', 'Demo-Passw0rd!')
    const phone = await context.canvas.findByLabelText('Mobile phone')
    await context.userEvent.click(context.canvas.getByRole('button', { name: t('profileData.submit') }))
    // PingOne's display name sits inside the sentence in lower case, but keeps its capital in German.
    const locale = storyLocale(context)
    const name = locale.split('-')[0] === 'de' ? 'Mobile phone' : 'Mobile phone'.toLocaleLowerCase(locale)
    await waitFor(() => expect(phone).toHaveAccessibleDescription(t('profileData.required', { name })))
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
    const t = await storyMessages(context)
    const postalCode = await context.canvas.findByLabelText('Postal code')
    await context.userEvent.type(postalCode, '   ')
    await context.userEvent.click(context.canvas.getByRole('button', { name: t('profileData.submit') }))
    // The kit has no message for this code and target, so PingOne's own (English) message shows.
    await waitFor(() => expect(postalCode).toHaveAccessibleDescription('Postal code is required'))
  },
}
