import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, waitFor } from 'storybook/test'
import { PingOneSignOn } from '../src'
import { onEmulator } from './support/emulator'

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
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Create an account' }))
    await userEvent.type(canvas.getByLabelText('Password'), 'Fresh-st')
    await expect(canvas.getByText('An uppercase letter').closest('li')).toHaveAttribute('data-met')
    await expect(canvas.getByText('A number').closest('li')).not.toHaveAttribute('data-met')
  },
}

/** PingOne's UNIQUENESS_VIOLATION lands on the username field. */
export const UsernameTaken: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Create an account' }))
    await userEvent.type(canvas.getByLabelText('Username'), 'demo')
    await userEvent.type(canvas.getByLabelText('Email'), 'someone@example.com')
    await userEvent.type(canvas.getByLabelText('Password'), 'Fresh-Start-42')
    await userEvent.click(canvas.getByRole('button', { name: 'Create account' }))
    const username = canvas.getByLabelText('Username')
    await waitFor(() => expect(username).toHaveAccessibleDescription('This username is taken. Choose another.'))
  },
}
