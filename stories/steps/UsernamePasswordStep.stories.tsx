import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, waitFor } from 'storybook/test'
import { defaultConfig } from '../../emulator'
import { PingOneSignOn } from '../../src'
import { onEmulator, withApplication, type EmulatorLoaded, wrongPasswordOnField } from '../support/emulator'
import { storyMessages } from '../support/messages'
import { submitPassword } from '../support/play'

/** USERNAME_PASSWORD_REQUIRED: the demo app's default policy. */
const meta = {
  title: 'Steps/UsernamePasswordStep',
  component: PingOneSignOn,
  ...onEmulator(),
} satisfies Meta<typeof PingOneSignOn>

export default meta
type Story = StoryObj<typeof meta>

/** The form, with a button for the app's social provider. */
export const Default: Story = {
  play: async (context) => {
    const t = await storyMessages(context)
    await expect(await context.canvas.findByRole('button', { name: t('social.continueWith', { name: 'Acme ID' }) })).toBeVisible()
  },
}

/** PingOne answers a wrong password as it answers an unknown user: above the form, the username kept. */
export const WrongPassword: Story = {
  play: async (context) => {
    const t = await storyMessages(context)
    await submitPassword(context, 'demo', 'not-the-password')
    await expect(await context.canvas.findByRole('alert')).toHaveTextContent(t('error.INVALID_CREDENTIALS'))
    await expect(context.canvas.getByLabelText(t('fields.username'))).toHaveValue('demo')
  },
}

/** A tenant that answers `INVALID_VALUE` on the password, with the attempts left, gets it on the field. */
export const WrongPasswordWithAttemptsLeft: Story = {
  parameters: { emulator: wrongPasswordOnField },
  play: async (context) => {
    const t = await storyMessages(context)
    await submitPassword(context, 'demo', 'not-the-password')
    const password = context.canvas.getByLabelText(t('fields.password'))
    const message = t('error.join', { message: t('error.INVALID_VALUE.password'), detail: t('error.attemptsBeforeLock', { count: 4 }) })
    await waitFor(() => expect(password).toHaveAccessibleDescription(message))
    await expect(password).toHaveAttribute('aria-invalid', 'true')
  },
}

/** The environment locks an account after one failure: the first wrong password locks it. */
export const LockedOut: Story = {
  parameters: { emulator: { ...defaultConfig, lockout: { failures: 1, seconds: 300 } } },
  play: async (context) => {
    const t = await storyMessages(context)
    await submitPassword(context, 'demo', 'not-the-password')
    await expect(await context.canvas.findByRole('alert')).toHaveTextContent(t('error.lockedOutFor', { count: 5 }))
  },
}

/** An application that offers no external identity provider. */
export const NoSocialProviders: Story = {
  parameters: { emulator: withApplication({ socialProviderIds: [] }) },
  play: async (context) => {
    const { canvas } = context
    const t = await storyMessages(context)
    await canvas.findByLabelText(t('fields.password'))
    await expect(canvas.queryByRole('group', { name: t('social.label') })).toBeNull()
  },
}

/**
 * The user waits more than 15 minutes before submitting (the emulator's clock is moved on): the flow
 * has expired, so a new one starts by itself, with the username kept and a note saying why.
 */
export const ExpiredFlowStartsAgain: Story = {
  play: async (context) => {
    const { clock } = context.loaded as EmulatorLoaded
    const t = await storyMessages(context)
    await context.canvas.findByLabelText(t('fields.username'))
    clock.advance(15 * 60_000 + 1)
    await submitPassword(context, 'demo', 'Demo-Passw0rd!')
    await expect(await context.canvas.findByText(t('notice.flowExpired'))).toHaveAttribute('role', 'status')
    await expect(await context.canvas.findByLabelText(t('fields.username'))).toHaveValue('demo')
    await expect(context.args.onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'NOT_FOUND' }))
  },
}
