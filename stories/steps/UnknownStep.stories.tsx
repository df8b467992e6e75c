import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect } from 'storybook/test'
import { PingOneSignOn } from '../../src'
import otpRequired from '../../test/fixtures/OTP_REQUIRED__user-lookup-sign-on-with-username.json'
import { answerOnce, onEmulator } from '../support/emulator'
import { storyMessages } from '../support/messages'

/** A status this kit does not know (PingOne added one); "Start again" reaches the emulator. */
const meta = {
  title: 'Steps/UnknownStep',
  component: PingOneSignOn,
  ...onEmulator(),
} satisfies Meta<typeof PingOneSignOn>

export default meta
type Story = StoryObj<typeof meta>

/** PingOne's recorded OTP_REQUIRED answer with a status no version of this kit knows. */
export const NewStatus: Story = {
  parameters: { overrides: [answerOnce('as/authorize', { ...otpRequired, status: 'QUANTUM_PROOF_REQUIRED' })] },
  play: async (context) => {
    const { canvas } = context
    const t = await storyMessages(context)
    await expect(await canvas.findByRole('heading', { name: t('unknownStep.title') })).toBeVisible()
    await expect(canvas.getByText('QUANTUM_PROOF_REQUIRED')).toBeVisible()
  },
}
