import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect } from 'storybook/test'
import { PingOneSignOn } from '../../src'
import seed004 from '../../test/fixtures/SIGN_ON_REQUIRED__authorize-pi-flow-social__seed-004.json'
import { answerOnce, identifierFirst, onEmulator } from '../support/emulator'

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
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('button', { name: 'Next' })).toBeVisible()
    await expect(canvas.getByRole('button', { name: 'Continue with Acme ID' })).toBeVisible()
  },
}

/** PingOne's own authorize answer (seed 004), served verbatim; its links lead to flows the emulator does not know. */
export const Seed004: Story = {
  parameters: { overrides: [answerOnce('as/authorize', seed004)] },
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByRole('button', { name: 'Continue with IdentityProvider_1776714374' }),
    ).toBeVisible()
  },
}
