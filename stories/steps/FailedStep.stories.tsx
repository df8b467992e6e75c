import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect } from 'storybook/test'
import { PingOneSignOn } from '../../src'
import { onEmulator } from '../support/emulator'
import { storyMessages } from '../support/messages'
import { submitPassword } from '../support/play'

/** FAILED: the flow cannot go on; the reason in plain words, PingOne's message, and a fresh start. */
const meta = {
  title: 'Steps/FailedStep',
  component: PingOneSignOn,
  ...onEmulator(),
} satisfies Meta<typeof PingOneSignOn>

export default meta
type Story = StoryObj<typeof meta>

/** Reached by declining the terms as `terms`. */
export const TermsDeclined: Story = {
  play: async (context) => {
    const t = await storyMessages(context)
    await submitPassword(context, 'terms', 'Demo-Passw0rd!')
    await context.userEvent.click(await context.canvas.findByRole('button', { name: t('agreement.decline') }))
    await expect(await context.canvas.findByRole('heading', { name: t('failedStep.title') })).toBeVisible()
    await expect(context.canvas.getByRole('button', { name: t('common.restart') })).toBeVisible()
  },
}
