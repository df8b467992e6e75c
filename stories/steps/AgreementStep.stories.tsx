import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect } from 'storybook/test'
import { PingOneSignOn } from '../../src'
import { onEmulator } from '../support/emulator'
import { storyMessages } from '../support/messages'
import { submitPassword } from '../support/play'

/** AGREEMENT_CONSENT_REQUIRED: the demo user `terms` has not accepted the demo app's terms. */
const meta = {
  title: 'Steps/AgreementStep',
  component: PingOneSignOn,
  ...onEmulator(),
} satisfies Meta<typeof PingOneSignOn>

export default meta
type Story = StoryObj<typeof meta>

/** The terms in a scrollable region, with Accept and Decline. */
export const Default: Story = {
  play: async (context) => {
    await submitPassword(context, 'terms', 'Demo-Passw0rd!')
    // The agreement's name is PingOne's (the emulator's agreement), not the kit's.
    await expect(await context.canvas.findByRole('region', { name: 'Terms of service' })).toBeVisible()
  },
}

/** Accepting completes the sign-on. */
export const Accept: Story = {
  play: async (context) => {
    const t = await storyMessages(context)
    await submitPassword(context, 'terms', 'Demo-Passw0rd!')
    await context.userEvent.click(await context.canvas.findByRole('button', { name: t('agreement.accept') }))
    await expect(await context.canvas.findByRole('heading', { name: t('completed.title') })).toBeVisible()
  },
}

/** Declining fails the flow: FailedStep says why. */
export const Decline: Story = {
  play: async (context) => {
    const t = await storyMessages(context)
    await submitPassword(context, 'terms', 'Demo-Passw0rd!')
    await context.userEvent.click(await context.canvas.findByRole('button', { name: t('agreement.decline') }))
    await expect(await context.canvas.findByRole('alert')).toHaveTextContent(t('failed.AGREEMENT_DECLINED'))
  },
}
