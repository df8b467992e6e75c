import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, waitFor } from 'storybook/test'
import { defaultConfig, type EmulatorConfig } from '../../emulator'
import { PingOneSignOn } from '../../src'
import { onEmulator } from '../support/emulator'
import { storyMessages } from '../support/messages'
import { submitPassword } from '../support/play'

/** A user whose phone answers the push by itself after two reads of the flow. */
const autoApprove: EmulatorConfig = {
  ...defaultConfig,
  users: [
    ...defaultConfig.users,
    {
      username: 'mfa-phone',
      password: 'Demo-Passw0rd!',
      devices: [{ type: 'MOBILE', model: 'Pixel 9', push: 'approve', pushAfterPolls: 2 }],
    },
  ],
}

/** PUSH_CONFIRMATION_REQUIRED: the page waits, re-reading the flow about every 2 s. */
const meta = {
  title: 'Steps/PushStep',
  component: PingOneSignOn,
  ...onEmulator(),
} satisfies Meta<typeof PingOneSignOn>

export default meta
type Story = StoryObj<typeof meta>

/** `mfa-push`: waits until someone answers (in Storybook, nobody does). */
export const Waiting: Story = {
  play: async (context) => {
    const t = await storyMessages(context)
    await submitPassword(context, 'mfa-push', 'Demo-Passw0rd!')
    const { canvas } = context
    await expect(await canvas.findByRole('heading', { name: t('push.title') })).toBeVisible()
    await expect(canvas.getByRole('status')).toHaveTextContent(t('push.waiting'))
  },
}

/** The phone approves after a few polls; the sign-on completes by itself. */
export const ApprovedAfterPolls: Story = {
  parameters: { emulator: autoApprove },
  play: async (context) => {
    const t = await storyMessages(context)
    await submitPassword(context, 'mfa-phone', 'Demo-Passw0rd!')
    await context.canvas.findByRole('heading', { name: t('push.title') })
    await waitFor(() => expect(context.args.onComplete).toHaveBeenCalled(), { timeout: 10_000 })
  },
}
