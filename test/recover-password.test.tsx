import { screen, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import type { Emulator } from '../emulator'
import { renderSignOn, withApplication } from './render'
import { server } from './setup'

const lastRecoveryCode = (emulator: Emulator) => emulator.outbox().filter((m) => m.purpose === 'recovery').at(-1)!.code

describe('recovering a forgotten password', () => {
  it('goes from "Forgot password?" to a code by email and a new password, then signs in', async () => {
    const onComplete = vi.fn()
    const { user, emulator } = renderSignOn({ onComplete })
    await user.type(await screen.findByLabelText('Username'), 'demo')
    await user.click(screen.getByRole('button', { name: 'Forgot password?' }))

    expect(screen.getByRole('heading', { name: 'Reset your password' })).toHaveFocus()
    expect(screen.getByLabelText('Username')).toHaveValue('demo')
    await user.click(screen.getByRole('button', { name: 'Send code' }))

    const code = await screen.findByLabelText('Recovery code')
    expect(code).toHaveAttribute('autocomplete', 'one-time-code')
    await user.type(code, lastRecoveryCode(emulator))
    await user.type(screen.getByLabelText('New password'), 'Fresh-Start-42')
    await user.click(screen.getByRole('button', { name: 'Reset password' }))
    await waitFor(() => expect(onComplete).toHaveBeenCalledTimes(1))
  })

  it('goes back to sign-on with Escape, keeping what was typed and focus on the link', async () => {
    const { user } = renderSignOn()
    await user.type(await screen.findByLabelText('Username'), 'demo')
    await user.type(screen.getByLabelText('Password'), 'half-typed')
    await user.click(screen.getByRole('button', { name: 'Forgot password?' }))
    await user.keyboard('{Escape}')

    expect(screen.getByRole('heading', { name: 'Sign on' })).toBeInTheDocument()
    expect(screen.getByLabelText('Username')).toHaveValue('demo')
    expect(screen.getByLabelText('Password')).toHaveValue('half-typed')
    expect(screen.getByRole('button', { name: 'Forgot password?' })).toHaveFocus()
    await user.click(screen.getByRole('button', { name: 'Forgot password?' }))
    await user.click(screen.getByRole('button', { name: 'Back to sign on' }))
    expect(screen.getByLabelText('Password')).toHaveValue('half-typed')
  })

  it('shows a wrong code on its field with the attempts left, and sends a new code', async () => {
    const { user, emulator } = renderSignOn()
    await user.click(await screen.findByRole('button', { name: 'Forgot password?' }))
    await user.type(screen.getByLabelText('Username'), 'demo')
    await user.click(screen.getByRole('button', { name: 'Send code' }))
    await user.type(await screen.findByLabelText('Recovery code'), 'WRONG123')
    await user.type(screen.getByLabelText('New password'), 'Fresh-Start-42')
    await user.click(screen.getByRole('button', { name: 'Reset password' }))

    const code = screen.getByLabelText('Recovery code')
    await waitFor(() => expect(code).toHaveAccessibleDescription(/That code is wrong or has expired.* 4 attempts left/))
    expect(code).toHaveValue('')
    expect(screen.getByLabelText('New password')).toHaveValue('')

    await user.click(screen.getByRole('button', { name: 'Send a new code' }))
    expect(await screen.findByText('We sent a new code. It replaces the one before.')).toBeInTheDocument()
    expect(emulator.outbox().filter((m) => m.purpose === 'recovery')).toHaveLength(2)
  })

  it('asks a known user (identifier first) for nothing more than the click', async () => {
    const { user, emulator } = renderSignOn({}, { config: withApplication({ signOnPolicy: 'identifierFirst' }) })
    await user.type(await screen.findByLabelText('Username'), 'demo')
    await user.click(screen.getByRole('button', { name: 'Next' }))
    await user.click(await screen.findByRole('button', { name: 'Forgot password?' }))
    expect(await screen.findByLabelText('Recovery code')).toBeInTheDocument()
    expect(emulator.outbox().at(-1)).toMatchObject({ username: 'demo', purpose: 'recovery' })
  })

  it('puts an unknown username on its field and keeps the flow: PingOne answers 404, the flow is still there', async () => {
    const onError = vi.fn()
    const { user, emulator, requests } = renderSignOn({ onError })
    await user.click(await screen.findByRole('button', { name: 'Forgot password?' }))
    await user.type(screen.getByLabelText('Username'), 'nobody')
    await user.click(screen.getByRole('button', { name: 'Send code' }))

    const username = screen.getByLabelText('Username')
    await waitFor(() => expect(username).toHaveAccessibleDescription('There is no account with this username.'))
    expect(username).toHaveValue('nobody')
    expect(username).toHaveFocus()
    expect(screen.queryByText(/expired/)).toBeNull()
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'NOT_FOUND', status: 404, isFlowExpired: false }))
    // The same flow, read once to tell a missing user from a gone flow; no new sign-on.
    expect(requests.filter((r) => r === 'GET /as/authorize')).toHaveLength(1)
    expect(requests.at(-1)).toMatch(/^GET \/flows\//)

    await user.clear(username)
    await user.type(username, 'demo')
    await user.click(screen.getByRole('button', { name: 'Send code' }))
    expect(await screen.findByLabelText('Recovery code')).toBeInTheDocument()
    expect(emulator.outbox().at(-1)).toMatchObject({ username: 'demo', purpose: 'recovery' })
  })

  it('still restarts by itself when the 404 is the flow expiring: a read of the flow says it is gone', async () => {
    const { user, emulator, requests } = renderSignOn()
    await user.click(await screen.findByRole('button', { name: 'Forgot password?' }))
    await user.type(screen.getByLabelText('Username'), 'demo')
    emulator.faults.add({ on: { action: 'password.forgot' }, fault: { kind: 'expireFlow' } })
    await user.click(screen.getByRole('button', { name: 'Send code' }))
    // The notice shows over the loading step, then over the new first step (React 18 renders both).
    const notice = 'Your sign-on timed out, so it started again. Enter your password again.'
    // The new first step: the sign-on form, with a password field the forgot-password form has not.
    expect(await screen.findByLabelText('Password', {}, { timeout: 5000 })).toHaveValue('')
    expect(screen.getByText(notice)).toHaveAttribute('role', 'status')
    expect(screen.getByLabelText('Username')).toHaveValue('demo')
    expect(requests.filter((r) => r === 'GET /as/authorize')).toHaveLength(2)
  })

  it('names the user in password.forgot from PASSWORD_REQUIRED, as every Ping client does', async () => {
    const sent: unknown[] = []
    const { user, emulator } = renderSignOn({}, { config: withApplication({ signOnPolicy: 'identifierFirst' }) })
    server.events.on('request:start', async ({ request }) => {
      if (request.headers.get('content-type')?.includes('password.forgot')) sent.push(await request.clone().json())
    })
    await user.type(await screen.findByLabelText('Username'), 'demo')
    await user.click(screen.getByRole('button', { name: 'Next' }))
    await user.click(await screen.findByRole('button', { name: 'Forgot password?' }))
    expect(await screen.findByLabelText('Recovery code')).toBeInTheDocument()
    expect(sent).toEqual([{ username: 'demo' }])
    expect(emulator.outbox().at(-1)).toMatchObject({ username: 'demo', purpose: 'recovery' })
  })

  it('offers no "Forgot password?" when the application does not', async () => {
    renderSignOn({}, { config: withApplication({ passwordRecovery: false }) })
    await screen.findByLabelText('Username')
    expect(screen.queryByRole('button', { name: 'Forgot password?' })).toBeNull()
  })
})
