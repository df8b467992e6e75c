import { screen, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import type { Emulator } from '../emulator'
import { renderSignOn, withApplication } from './render'

const lastVerificationCode = (emulator: Emulator) =>
  emulator.outbox().filter((m) => m.purpose === 'verification').at(-1)!.code

async function fillRegistration(user: ReturnType<typeof renderSignOn>['user'], username: string, email: string) {
  await user.clear(screen.getByLabelText('Username'))
  await user.type(screen.getByLabelText('Username'), username)
  await user.type(screen.getByLabelText('Email'), email)
  await user.type(screen.getByLabelText('Password'), 'Fresh-Start-42')
  await user.click(screen.getByRole('button', { name: 'Create account' }))
}

describe('creating an account', () => {
  it('registers, verifies the emailed code and signs in', async () => {
    const onComplete = vi.fn()
    const { user, emulator } = renderSignOn({ onComplete })
    await user.type(await screen.findByLabelText('Username'), 'newbie')
    await user.click(screen.getByRole('button', { name: 'Create an account' }))

    expect(screen.getByRole('heading', { name: 'Create an account' })).toHaveFocus()
    expect(screen.getByLabelText('Username')).toHaveValue('newbie')
    expect(screen.getByLabelText('Email')).toHaveAttribute('autocomplete', 'email')
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(/At least 5 different characters/)
    await fillRegistration(user, 'newbie', 'newbie@example.com')

    expect(await screen.findByRole('heading', { name: 'Verify your email' })).toHaveFocus()
    expect(screen.getByText(/We emailed a code to newbie@example.com/)).toBeInTheDocument()
    await user.type(screen.getByLabelText('Verification code'), 'WRONG123')
    await user.click(screen.getByRole('button', { name: 'Verify' }))
    const field = screen.getByLabelText('Verification code')
    await waitFor(() => expect(field).toHaveAccessibleDescription(/That code is wrong/))
    expect(field).toHaveValue('')

    await user.type(field, lastVerificationCode(emulator))
    await user.click(screen.getByRole('button', { name: 'Verify' }))
    await waitFor(() => expect(onComplete).toHaveBeenCalledTimes(1))
  })

  it('puts a taken username on its field and keeps the rest but the password', async () => {
    const { user } = renderSignOn()
    await user.click(await screen.findByRole('button', { name: 'Create an account' }))
    await fillRegistration(user, 'demo', 'someone@example.com')

    const username = screen.getByLabelText('Username')
    await waitFor(() => expect(username).toHaveAccessibleDescription('This username is taken. Choose another.'))
    expect(username).toHaveFocus()
    expect(screen.getByLabelText('Email')).toHaveValue('someone@example.com')
    expect(screen.getByLabelText('Password')).toHaveValue('')
  })

  it('resends the verification code', async () => {
    const { user, emulator } = renderSignOn()
    await user.click(await screen.findByRole('button', { name: 'Create an account' }))
    await fillRegistration(user, 'newbie', 'newbie@example.com')
    await user.click(await screen.findByRole('button', { name: 'Send a new code' }))
    expect(await screen.findByText('We sent a new code. It replaces the one before.')).toBeInTheDocument()
    expect(emulator.outbox().filter((m) => m.purpose === 'verification')).toHaveLength(2)
  })

  it('registers from identifier first, and Escape goes back with the username kept', async () => {
    const { user } = renderSignOn({}, { config: withApplication({ signOnPolicy: 'identifierFirst' }) })
    await user.type(await screen.findByLabelText('Username'), 'someone')
    await user.click(screen.getByRole('button', { name: 'Create an account' }))
    expect(screen.getByLabelText('Username')).toHaveValue('someone')
    await user.keyboard('{Escape}')
    expect(screen.getByRole('button', { name: 'Next' })).toBeInTheDocument()
    expect(screen.getByLabelText('Username')).toHaveValue('someone')
    expect(screen.getByRole('button', { name: 'Create an account' })).toHaveFocus()
  })

  it('offers no "Create an account" when the application does not', async () => {
    renderSignOn({}, { config: withApplication({ registration: false }) })
    await screen.findByLabelText('Username')
    expect(screen.queryByRole('button', { name: 'Create an account' })).toBeNull()
  })
})
