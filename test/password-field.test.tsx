import { screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderSignOn } from './render'

describe('the password field', () => {
  it('shows and hides the password with a toggle button, and hides it again on submit', async () => {
    const { user } = renderSignOn()
    const password = await screen.findByLabelText('Password')
    const toggle = screen.getByRole('button', { name: 'Show password' })
    expect(password).toHaveAttribute('type', 'password')
    expect(password).toHaveAttribute('autocomplete', 'current-password')
    expect(toggle).toHaveAttribute('aria-pressed', 'false')
    expect(toggle).toHaveAttribute('aria-controls', password.id)

    await user.type(screen.getByLabelText('Username'), 'demo')
    await user.type(password, 'not-the-password')
    await user.click(toggle)
    expect(toggle).toHaveAttribute('aria-pressed', 'true')
    expect(password).toHaveAttribute('type', 'text')
    expect(password).toHaveValue('not-the-password')

    await user.click(toggle)
    expect(toggle).toHaveAttribute('aria-pressed', 'false')
    expect(password).toHaveAttribute('type', 'password')

    // Shown when the form is submitted: hidden again, so password managers see a password field.
    await user.click(toggle)
    await user.click(screen.getByRole('button', { name: 'Sign on' }))
    expect(password).toHaveAttribute('type', 'password')
    expect(toggle).toHaveAttribute('aria-pressed', 'false')
    expect(await screen.findByRole('alert')).toHaveTextContent('Incorrect username or password.')
  })

  it('is the new-password field of registration, with the policy read with it', async () => {
    const { user } = renderSignOn()
    await user.click(await screen.findByRole('button', { name: 'Create an account' }))
    const password = await screen.findByLabelText('Password')
    expect(password).toHaveAttribute('type', 'password')
    expect(password).toHaveAttribute('autocomplete', 'new-password')
    expect(password).toHaveAccessibleDescription(/At least 8 characters/)
    await user.click(screen.getByRole('button', { name: 'Show password' }))
    expect(password).toHaveAttribute('type', 'text')
  })
})
