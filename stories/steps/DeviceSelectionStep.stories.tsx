import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect } from 'storybook/test'
import { PingOneSignOn } from '../../src'
import { onEmulator } from '../support/emulator'
import { submitPassword } from '../support/play'

/** DEVICE_SELECTION_REQUIRED: the user `mfa-many` has a phone, an email, the mobile app and a security key. */
const meta = {
  title: 'Steps/DeviceSelectionStep',
  component: PingOneSignOn,
  ...onEmulator(),
} satisfies Meta<typeof PingOneSignOn>

export default meta
type Story = StoryObj<typeof meta>

/** Each device by its kind and masked contact, nickname or model. */
export const Default: Story = {
  play: async (context) => {
    await submitPassword(context, 'mfa-many', 'Demo-Passw0rd!')
    const { canvas } = context
    await expect(await canvas.findByRole('heading', { name: 'Verify it’s you' })).toBeVisible()
    await expect(canvas.getByRole('button', { name: 'Text message to *******01' })).toBeVisible()
    await expect(canvas.getByRole('button', { name: 'Email to d***@example.com' })).toBeVisible()
    await expect(canvas.getByRole('button', { name: 'Mobile app (Work phone)' })).toBeVisible()
    await expect(canvas.getByRole('button', { name: 'Security key (Demo security key)' })).toBeVisible()
  },
}
