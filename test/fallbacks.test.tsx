import { screen, waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import { PingOneError } from '../src'
import otpRequired from './fixtures/OTP_REQUIRED__user-lookup-sign-on-with-username.json'
import { authBaseUrl, environmentId, renderSignOn } from './render'

const authorizeUrl = `${authBaseUrl}/${environmentId}/as/authorize`

describe('states the kit cannot continue from', () => {
  it('names a status it does not know and offers a fresh start', async () => {
    const { user, requests } = renderSignOn(
      {},
      {
        overrides: [
          http.get(authorizeUrl, () => HttpResponse.json({ ...otpRequired, status: 'QUANTUM_PROOF_REQUIRED' }), {
            once: true,
          }),
        ],
      },
    )
    expect(await screen.findByRole('heading', { name: 'This step is not supported' })).toBeInTheDocument()
    expect(screen.getByText('QUANTUM_PROOF_REQUIRED')).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Start again' }))
    expect(await screen.findByLabelText('Username')).toBeInTheDocument()
    expect(requests.filter((r) => r === 'GET /as/authorize')).toHaveLength(2)
  })

  it('starts again by itself when the flow expired after 15 idle minutes, keeping the username', async () => {
    let now = Date.now()
    const onError = vi.fn()
    const { user, requests } = renderSignOn({ onError }, { now: () => now })
    await user.type(await screen.findByLabelText('Username'), 'demo')
    await user.type(screen.getByLabelText('Password'), 'Demo-Passw0rd!')
    now += 15 * 60_000 + 1
    await user.click(screen.getByRole('button', { name: 'Sign on' }))

    expect(await screen.findByText(/Your sign-on timed out, so it started again\./)).toHaveAttribute('role', 'status')
    await screen.findByLabelText('Username')
    expect(screen.getByRole('heading', { name: 'Sign on' })).toHaveFocus()
    expect(screen.getByLabelText('Username')).toHaveValue('demo')
    expect(screen.getByLabelText('Password')).toHaveValue('')
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ status: 404, code: 'NOT_FOUND' }))
    expect(onError.mock.calls[0]![0]).toBeInstanceOf(PingOneError)
    expect(requests.filter((r) => r === 'GET /as/authorize')).toHaveLength(2)

    await user.type(screen.getByLabelText('Password'), 'Demo-Passw0rd!')
    await user.click(screen.getByRole('button', { name: 'Sign on' }))
    await waitFor(() => expect(screen.queryByText(/timed out/)).toBeNull())
  })

  it('explains a refused start instead of showing a blank page', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const onError = vi.fn()
    renderSignOn({ onError, clientId: 'not-a-registered-client' })
    expect(await screen.findByRole('heading', { name: 'Sign-on interrupted' })).toBeInTheDocument()
    expect(screen.getByRole('alert')).toHaveTextContent('This sign-on page is not set up correctly')
    await waitFor(() => expect(onError).toHaveBeenCalledWith(expect.objectContaining({ status: 400, code: 'CONFIG_REFUSED' })))
    expect(onError.mock.calls[0]![0].cause).toMatchObject({ status: 400, code: 'INVALID_DATA' })
  })

  it('tries a start that found no network three times, then reports it and recovers on restart', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    // PingOne out of reach altogether: the kit's no-cors check of discovery fails too.
    let down = true
    const unreachable = http.all(`${authBaseUrl}/*`, () => (down ? HttpResponse.error() : undefined))
    const onError = vi.fn()
    const { user, requests } = renderSignOn({ onError }, { overrides: [unreachable] })
    // Three attempts with backoff take a second or so.
    expect(await screen.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent('PingOne could not be reached.')
    expect(requests.filter((r) => r === 'GET /as/authorize')).toHaveLength(3)
    expect(onError).toHaveBeenCalledTimes(1)
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'NETWORK_ERROR' }))
    down = false
    await user.click(screen.getByRole('button', { name: 'Start again' }))
    expect(await screen.findByLabelText('Username')).toBeInTheDocument()
  })
})
