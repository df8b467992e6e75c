import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect } from 'storybook/test'
import { PingOneSignOn } from '../../src'
import seed004 from '../../test/fixtures/SIGN_ON_REQUIRED__authorize-pi-flow-social__seed-004.json'
import { answerOnce, identifierFirst, onEmulator } from '../support/emulator'
import { storyMessages } from '../support/messages'

/** SIGN_ON_REQUIRED: identifier first, the username alone. */
const meta = {
  title: 'Steps/IdentifierStep',
  component: PingOneSignOn,
  ...onEmulator(identifierFirst),
} satisfies Meta<typeof PingOneSignOn>

export default meta
type Story = StoryObj<typeof meta>

/** The emulator's identifier-first policy, with the app's social provider. */
export const Default: Story = {
  play: async (context) => {
    const { canvas } = context
    const t = await storyMessages(context)
    await expect(await canvas.findByRole('button', { name: t('identifier.submit') })).toBeVisible()
    await expect(canvas.getByRole('button', { name: t('social.continueWith', { name: 'Acme ID' }) })).toBeVisible()
  },
}

/** PingOne's own authorize answer (seed 004), served verbatim; its links lead to flows the emulator does not know. */
export const Seed004: Story = {
  parameters: { overrides: [answerOnce('as/authorize', seed004)] },
  play: async (context) => {
    const t = await storyMessages(context)
    await expect(
      await context.canvas.findByRole('button', { name: t('social.continueWith', { name: 'IdentityProvider_1776714374' }) }),
    ).toBeVisible()
  },
}
