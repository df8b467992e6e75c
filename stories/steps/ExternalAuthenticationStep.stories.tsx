import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect } from 'storybook/test'
import { PingOneSignOn } from '../../src'
import { identifierFirst, onEmulator } from '../support/emulator'

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
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(await canvas.findByLabelText('Username'), 'partner')
    await userEvent.click(canvas.getByRole('button', { name: 'Next' }))
    await expect(await canvas.findByRole('button', { name: 'Continue to Partner SSO' })).toBeVisible()
    await expect(canvas.getByRole('button', { name: 'Sign on as someone else' })).toBeVisible()
  },
}
