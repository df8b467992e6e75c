import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, waitFor } from 'storybook/test'
import { PingOneSignOn } from '../../src'
import { defaultConfig } from '../../emulator'
import { onEmulator } from '../support/emulator'
import { storyMessages } from '../support/messages'

/** The sign-on cannot go on: it never started, or PingOne stays unavailable. */
const meta = {
  title: 'Steps/ErrorStep',
  component: PingOneSignOn,
  ...onEmulator(),
} satisfies Meta<typeof PingOneSignOn>

export default meta
type Story = StoryObj<typeof meta>

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

/** PingOne answers 503 every time: the start is tried 3 times, then the user is told to try again. */
export const Unavailable: Story = {
  parameters: {
    emulator: { ...defaultConfig, faults: [{ on: { endpoint: 'authorize' }, fault: { kind: 'status', status: 503 }, times: Infinity }] },
  },
  play: async (context) => {
    const { canvas, args } = context
    const t = await storyMessages(context)
    await expect(await canvas.findByRole('heading', { name: t('errorStep.title') })).toBeVisible()
    await expect(canvas.getByRole('alert')).toHaveTextContent(t('error.SERVICE_UNAVAILABLE'))
    await waitFor(() => expect(args.onError).toHaveBeenCalledWith(expect.objectContaining({ status: 503 })))
  },
}
