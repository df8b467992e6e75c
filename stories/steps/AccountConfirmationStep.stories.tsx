import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, waitFor } from 'storybook/test'
import { PingOneSignOn } from '../../src'
import { onEmulator, type EmulatorLoaded } from '../support/emulator'
import { storyMessages } from '../support/messages'
import { ReturnFrom } from '../support/ReturnFrom'

/** ACCOUNT_CONFIRMATION_REQUIRED: back from "Initech ID", which asks to confirm its attributes. */
const meta = {
  title: 'Steps/AccountConfirmationStep',
  component: PingOneSignOn,
  ...onEmulator(),
  render: (args, { loaded }) => <ReturnFrom provider="Initech ID" browse={(loaded as EmulatorLoaded).browse} {...args} />,
} satisfies Meta<typeof PingOneSignOn>

export default meta
type Story = StoryObj<typeof meta>

/** The supplied details, prefilled and editable. */
export const Default: Story = {
  play: async (context) => {
    const t = await storyMessages(context)
    await expect(await context.canvas.findByLabelText(t('fields.username'))).toHaveValue('ian.initech')
  },
}

/** PingOne rejects the email: the error lands on the Email field. */
export const InvalidEmail: Story = {
  play: async (context) => {
    const { canvas, userEvent } = context
    const t = await storyMessages(context)
    const email = await canvas.findByLabelText(t('fields.email'))
    await userEvent.clear(email)
    await userEvent.type(email, 'not-an-email')
    await userEvent.click(canvas.getByRole('button', { name: t('accountConfirmation.submit') }))
    await waitFor(() => expect(email).toHaveAccessibleDescription(t('error.INVALID_VALUE.email')))
  },
}
