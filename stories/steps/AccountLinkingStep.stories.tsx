import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect } from 'storybook/test'
import { PingOneSignOn } from '../../src'
import { onEmulator, type EmulatorLoaded } from '../support/emulator'
import { storyMessages } from '../support/messages'
import { ReturnFrom } from '../support/ReturnFrom'

/**
 * ACCOUNT_LINKING_REQUIRED: back from "Globex ID", whose identity is linked to no account. The
 * full-page round trip cannot run in Storybook's iframe, so {@link ReturnFrom} plays it against
 * the story's emulator and mounts the kit on the returned `flowId`, as the login page would be.
 */
const meta = {
  title: 'Steps/AccountLinkingStep',
  component: PingOneSignOn,
  ...onEmulator(),
  render: (args, { loaded }) => <ReturnFrom provider="Globex ID" browse={(loaded as EmulatorLoaded).browse} {...args} />,
} satisfies Meta<typeof PingOneSignOn>

export default meta
type Story = StoryObj<typeof meta>

/** Sign on to link, or create an account. */
export const Default: Story = {
  play: async (context) => {
    const { canvas } = context
    const t = await storyMessages(context)
    await expect(await canvas.findByRole('heading', { name: t('accountLinking.title', { provider: 'Globex ID' }) })).toBeVisible()
    await expect(canvas.getByRole('button', { name: t('accountLinking.register') })).toBeVisible()
  },
}

/** A wrong password for the account to link is said above the form; the username stays. */
export const WrongPassword: Story = {
  play: async (context) => {
    const { canvas, userEvent } = context
    const t = await storyMessages(context)
    await userEvent.type(await canvas.findByLabelText(t('fields.username')), 'demo')
    await userEvent.type(canvas.getByLabelText(t('fields.password')), 'not-the-password')
    await userEvent.click(canvas.getByRole('button', { name: t('accountLinking.submit') }))
    await expect(await canvas.findByRole('alert')).toHaveTextContent(t('error.INVALID_CREDENTIALS'))
    await expect(canvas.getByLabelText(t('fields.username'))).toHaveValue('demo')
  },
}

/** Creating an account instead: the form is prefilled with what Globex ID supplied. */
export const CreateAccount: Story = {
  play: async (context) => {
    const { canvas, userEvent } = context
    const t = await storyMessages(context)
    await userEvent.click(await canvas.findByRole('button', { name: t('accountLinking.register') }))
    await expect(await canvas.findByLabelText(t('fields.email'))).toHaveValue('gina@globex.example')
  },
}
