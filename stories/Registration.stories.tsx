import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, waitFor } from 'storybook/test'
import { PingOneSignOn } from '../src'
import { onEmulator } from './support/emulator'
import { storyMessages } from './support/messages'

/** "Create an account" on the sign-on step: the registration form, sent as `user.register`. */
const meta = {
  title: 'Registration',
  component: PingOneSignOn,
  ...onEmulator(),
} satisfies Meta<typeof PingOneSignOn>

export default meta
type Story = StoryObj<typeof meta>

/** Username, email and password, with the policy checklist ticking rules off as the user types. */
export const FormWithChecklist: Story = {
  play: async (context) => {
    const { canvas, userEvent } = context
    const t = await storyMessages(context)
    await userEvent.click(await canvas.findByRole('button', { name: t('usernamePassword.register') }))
    await userEvent.type(canvas.getByLabelText(t('fields.password')), 'Fresh-st')
    await expect(canvas.getByText(t('passwordPolicy.uppercase', { count: 1 })).closest('li')).toHaveAttribute('data-met')
    await expect(canvas.getByText(t('passwordPolicy.number', { count: 1 })).closest('li')).not.toHaveAttribute('data-met')
  },
}

/** PingOne's UNIQUENESS_VIOLATION lands on the username field. */
export const UsernameTaken: Story = {
  play: async (context) => {
    const { canvas, userEvent } = context
    const t = await storyMessages(context)
    await userEvent.click(await canvas.findByRole('button', { name: t('usernamePassword.register') }))
    await userEvent.type(canvas.getByLabelText(t('fields.username')), 'demo')
    await userEvent.type(canvas.getByLabelText(t('fields.email')), 'someone@example.com')
    await userEvent.type(canvas.getByLabelText(t('fields.password')), 'Fresh-Start-42')
    await userEvent.click(canvas.getByRole('button', { name: t('register.submit') }))
    const username = canvas.getByLabelText(t('fields.username'))
    await waitFor(() => expect(username).toHaveAccessibleDescription(t('error.UNIQUENESS_VIOLATION.username')))
  },
}
