import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect } from 'storybook/test'
import { defaultConfig, type EmulatorConfig } from '../../emulator'
import { PingOneSignOn } from '../../src'
import { onEmulator } from '../support/emulator'
import { storyMessages } from '../support/messages'
import { submitPassword } from '../support/play'

/** A user with a phone that never answers (timed out after the first read) and an email. */
const neverAnswers: EmulatorConfig = {
  ...defaultConfig,
  users: [
    ...defaultConfig.users,
    {
      username: 'mfa-silent',
      password: 'Demo-Passw0rd!',
      devices: [
        { type: 'MOBILE', model: 'Pixel 9', push: 'timeout', pushAfterPolls: 1, default: true },
        { type: 'EMAIL', email: 'silent@example.com' },
      ],
    },
  ],
}

/** PUSH_CONFIRMATION_TIMED_OUT: send the notification again, or use another method. */
const meta = {
  title: 'Steps/PushTimedOutStep',
  component: PingOneSignOn,
  ...onEmulator(neverAnswers),
} satisfies Meta<typeof PingOneSignOn>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {
  play: async (context) => {
    const t = await storyMessages(context)
    await submitPassword(context, 'mfa-silent', 'Demo-Passw0rd!')
    const { canvas } = context
    await expect(await canvas.findByRole('heading', { name: t('pushTimedOut.title') }, { timeout: 10_000 })).toBeVisible()
    await expect(canvas.getByRole('button', { name: t('pushTimedOut.retry') })).toBeVisible()
    const email = t('device.labelWithContact', { type: t('device.type.email'), contact: 's***@example.com' })
    await expect(canvas.getByRole('button', { name: email })).toBeVisible()
  },
}
