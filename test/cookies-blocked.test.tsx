import { screen, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import type { PingOneError } from '../src'
import { renderSignOn } from './render'

// PingOne binds a flow to the browser with its ST cookies and refuses any call without them (401
// ACCESS_FAILED). Here the emulator's dropSession fault takes the cookies off; the real browser
// blocking them as third-party cookies is test/browser/sites-apart.test.ts.

type Rendered = ReturnType<typeof renderSignOn>

async function signOn({ user }: Rendered, username = 'demo') {
  await user.type(await screen.findByLabelText('Username'), username)
  await user.type(screen.getByLabelText('Password'), 'Demo-Passw0rd!')
  await user.click(screen.getByRole('button', { name: 'Sign on' }))
}

const blocked = 'Your browser blocked cookies this sign-on needs. Allow cookies for this page, then start again.'

describe('a flow call without the cookies PingOne bound the flow to', () => {
  it('at the first action: says the browser blocked the cookies, offers Start again, and keeps the username', async () => {
    const onError = vi.fn<(error: PingOneError) => void>()
    const rendered = renderSignOn({ onError })
    rendered.emulator.faults.add({ on: { endpoint: 'flow', method: 'POST' }, fault: { kind: 'dropSession' } })
    await signOn(rendered)

    expect(await screen.findByRole('heading', { name: 'Sign-on interrupted' })).toHaveFocus()
    expect(screen.getByRole('alert')).toHaveTextContent(blocked)
    expect(screen.queryByLabelText('Password')).toBeNull()
    await waitFor(() => expect(onError).toHaveBeenCalledTimes(1))
    const error = onError.mock.calls[0]![0]
    expect(error).toMatchObject({ code: 'COOKIES_BLOCKED', status: 401, isTransient: false })
    expect(error.cause).toMatchObject({ code: 'ACCESS_FAILED', details: [{ code: 'INVALID_TOKEN' }] })
    // The kit repeated nothing itself.
    expect(rendered.requests.filter((r) => r.startsWith('POST'))).toHaveLength(1)

    await rendered.user.click(screen.getByRole('button', { name: 'Start again' }))
    expect(await screen.findByLabelText('Username')).toHaveValue('demo')
    expect(rendered.requests.filter((r) => r === 'GET /as/authorize')).toHaveLength(2)
  })

  it('while a push waits: the poll is refused, and the user reads the same', async () => {
    const onError = vi.fn<(error: PingOneError) => void>()
    const rendered = renderSignOn({ onError })
    await signOn(rendered, 'mfa-push')
    await screen.findByRole('heading', { name: 'Approve the sign-on on your phone' })
    rendered.emulator.faults.add({ on: { endpoint: 'flow', method: 'GET' }, fault: { kind: 'dropSession' } })
    expect(await screen.findByRole('alert', {}, { timeout: 8000 })).toHaveTextContent(blocked)
    // onError runs in an effect, which may come a tick after the alert is on screen.
    await waitFor(() => expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'COOKIES_BLOCKED' })))
  })

  it('at resume: the same, and no code is delivered', async () => {
    const onComplete = vi.fn()
    const rendered = renderSignOn({ onComplete })
    rendered.emulator.faults.add({ on: { endpoint: 'resume' }, fault: { kind: 'dropSession' } })
    await signOn(rendered)
    expect(await screen.findByRole('alert')).toHaveTextContent(blocked)
    expect(onComplete).not.toHaveBeenCalled()
  })
})
