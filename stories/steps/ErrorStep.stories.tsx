import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, waitFor } from 'storybook/test'
import { PingOneSignOn } from '../../src'
import { onEmulator, type EmulatorLoaded } from '../support/emulator'
import { storyMessages } from '../support/messages'
import { submitPassword } from '../support/play'

/** The sign-on cannot go on: the flow expired, or it never started. */
const meta = {
  title: 'Steps/ErrorStep',
  component: PingOneSignOn,
  ...onEmulator(),
} satisfies Meta<typeof PingOneSignOn>

export default meta
type Story = StoryObj<typeof meta>

const flowIdleMs = 15 * 60_000

/** The user waits more than 15 minutes before submitting: the emulator's clock is moved on. */
export const Expired: Story = {
  play: async (context) => {
    const { clock } = context.loaded as EmulatorLoaded
    const t = await storyMessages(context)
    await context.canvas.findByLabelText(t('fields.username'))
    clock.advance(flowIdleMs + 1)
    await submitPassword(context, 'demo', 'Demo-Passw0rd!')
    await expect(await context.canvas.findByRole('heading', { name: t('errorStep.titleExpired') })).toBeVisible()
    await expect(context.args.onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'NOT_FOUND' }))
  },
}

/** Authorize refuses an unknown client id. */
export const StartFailed: Story = {
  args: { clientId: 'not-a-registered-client' },
  play: async (context) => {
    const { canvas, args } = context
    const t = await storyMessages(context)
    await expect(await canvas.findByRole('heading', { name: t('errorStep.title') })).toBeVisible()
    await waitFor(() => expect(args.onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'INVALID_DATA' })))
  },
}
