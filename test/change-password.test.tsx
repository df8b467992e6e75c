import { screen, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { renderSignOn } from './render'

async function signOnAs(user: ReturnType<typeof renderSignOn>['user'], username: string) {
  await user.type(await screen.findByLabelText('Username'), username)
  await user.type(screen.getByLabelText('Password'), 'Demo-Passw0rd!')
  await user.click(screen.getByRole('button', { name: 'Sign on' }))
}

describe('changing an expired or must-change password', () => {
  it('asks an expired user for a new password, ticks the rules as they type, and completes', async () => {
    const onComplete = vi.fn()
    const { user, requests } = renderSignOn({ onComplete })
    await signOnAs(user, 'expired')

    expect(await screen.findByRole('heading', { name: 'Your password has expired' })).toHaveFocus()
    expect(screen.getByText(/Signing on as expired/)).toBeInTheDocument()
    const newPassword = screen.getByLabelText('New password')
    expect(newPassword).toHaveAttribute('autocomplete', 'new-password')
    expect(newPassword).toHaveAccessibleDescription(/At least 8 characters/)
    await user.type(newPassword, 'fresh')
    expect(screen.getByText('A lowercase letter').closest('li')).toHaveAttribute('data-met')
    expect(screen.getByText('An uppercase letter').closest('li')).not.toHaveAttribute('data-met')
    expect(screen.getByRole('status')).toHaveTextContent(/Password still needs: At least 8 characters, An uppercase letter/)

    await user.type(newPassword, '-Start-42')
    expect(screen.getByRole('status')).toHaveTextContent('All password requirements met.')
    await user.type(screen.getByLabelText('Current password'), 'Demo-Passw0rd!')
    await user.click(screen.getByRole('button', { name: 'Change password' }))

    await waitFor(() => expect(onComplete).toHaveBeenCalledTimes(1))
    expect(requests.map((r) => r.replace(/\/flows\/\S+/, '/flows/:id'))).toEqual([
      'GET /as/authorize',
      'POST /flows/:id usernamePassword.check',
      'POST /flows/:id password.reset',
      'GET /as/resume',
    ])
  })

  it('says "Change your password" to a user an admin asked to change it', async () => {
    const { user } = renderSignOn()
    await signOnAs(user, 'must-change')
    expect(await screen.findByRole('heading', { name: 'Change your password' })).toBeInTheDocument()
  })

  it('puts a wrong current password on its field and clears both passwords', async () => {
    const { user } = renderSignOn()
    await signOnAs(user, 'expired')
    await user.type(await screen.findByLabelText('Current password'), 'not-it')
    await user.type(screen.getByLabelText('New password'), 'Fresh-Start-42')
    await user.click(screen.getByRole('button', { name: 'Change password' }))

    const current = screen.getByLabelText('Current password')
    await waitFor(() => expect(current).toHaveAccessibleDescription('Incorrect current password.'))
    expect(current).toHaveValue('')
    expect(current).toHaveFocus()
    expect(screen.getByLabelText('New password')).toHaveValue('')
  })

  it('blocks a password that misses a rule the browser can check, without a request', async () => {
    const { user, requests } = renderSignOn()
    await signOnAs(user, 'expired')
    await user.type(await screen.findByLabelText('Current password'), 'Demo-Passw0rd!')
    await user.type(screen.getByLabelText('New password'), 'short')
    await user.click(screen.getByRole('button', { name: 'Change password' }))
    expect(screen.getByLabelText('New password')).toHaveAccessibleDescription(/Choose a password that meets every requirement listed/)
    expect(requests.filter((r) => r.includes('password.reset'))).toEqual([])
  })

  it('marks a rule only PingOne can check (history) when PingOne reports it', async () => {
    const { user } = renderSignOn()
    await signOnAs(user, 'expired')
    await user.type(await screen.findByLabelText('Current password'), 'Demo-Passw0rd!')
    await user.type(screen.getByLabelText('New password'), 'Demo-Passw0rd!')
    await user.click(screen.getByRole('button', { name: 'Change password' }))

    const item = (await screen.findByText('Not one of your last 6 passwords')).closest('li')
    expect(item).toHaveAttribute('data-reported')
    expect(item).toHaveTextContent('(not met, says PingOne)')
    expect(screen.getByLabelText('New password')).toHaveAccessibleDescription(/Choose a password that meets every requirement listed/)
  })
})
