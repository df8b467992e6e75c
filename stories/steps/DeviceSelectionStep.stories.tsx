import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect } from 'storybook/test'
import { PingOneSignOn } from '../../src'
import { onEmulator } from '../support/emulator'
import { storyMessages } from '../support/messages'
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
    const t = await storyMessages(context)
    await submitPassword(context, 'mfa-many', 'Demo-Passw0rd!')
    const { canvas } = context
    await expect(await canvas.findByRole('heading', { name: t('deviceSelection.title') })).toBeVisible()
    const sms = t('device.labelWithContact', { type: t('device.type.sms'), contact: '*******01' })
    const email = t('device.labelWithContact', { type: t('device.type.email'), contact: 'd***@example.com' })
    const mobile = t('device.labelWithName', { type: t('device.type.mobile'), name: 'Work phone' })
    const securityKey = t('device.labelWithName', { type: t('device.type.securityKey'), name: 'Demo security key' })
    await expect(canvas.getByRole('button', { name: sms })).toBeVisible()
    await expect(canvas.getByRole('button', { name: email })).toBeVisible()
    await expect(canvas.getByRole('button', { name: mobile })).toBeVisible()
    await expect(canvas.getByRole('button', { name: securityKey })).toBeVisible()
  },
}
