import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect } from 'storybook/test'
import { PingOneSignOn } from '../../src'
import { identifierFirst, onEmulator } from '../support/emulator'
import { storyMessages } from '../support/messages'

/**
 * EXTERNAL_AUTHENTICATION_REQUIRED: identifier first, the demo user `partner` signs on at their
 * company's IdP. (The button leaves the page; Storybook's iframe would follow, so the play stops here.)
 */
const meta = {
  title: 'Steps/ExternalAuthenticationStep',
  component: PingOneSignOn,
  ...onEmulator(identifierFirst),
} satisfies Meta<typeof PingOneSignOn>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {
  play: async (context) => {
    const { canvas, userEvent } = context
    const t = await storyMessages(context)
    await userEvent.type(await canvas.findByLabelText(t('fields.username')), 'partner')
    await userEvent.click(canvas.getByRole('button', { name: t('identifier.submit') }))
    await expect(await canvas.findByRole('button', { name: t('externalAuthentication.continue', { provider: 'Partner SSO' }) })).toBeVisible()
    await expect(canvas.getByRole('button', { name: t('notYou.switch') })).toBeVisible()
  },
}
