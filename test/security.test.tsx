import { screen, waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import { seeds } from './fixtures'
import { authBaseUrl, environmentId, renderSignOn } from './render'

const authorizeUrl = `${authBaseUrl}/${environmentId}/as/authorize`
const evil = 'https://evil.example'

describe('links outside the configured PingOne origin', () => {
  it('refuses to post credentials to an action link on another origin', async () => {
    const flow = {
      id: 'f1',
      status: 'USERNAME_PASSWORD_REQUIRED',
      _links: { self: { href: `${evil}/flows/f1` }, 'usernamePassword.check': { href: `${evil}/flows/f1` } },
    }
    const onError = vi.fn()
    const posted = vi.fn()
    const { user } = renderSignOn(
      { onError },
      { overrides: [http.get(authorizeUrl, () => HttpResponse.json(flow)), http.all(`${evil}/*`, posted)] },
    )
    await user.type(await screen.findByLabelText('Username'), 'demo')
    await user.type(screen.getByLabelText('Password'), 'Demo-Passw0rd!')
    await user.click(screen.getByRole('button', { name: 'Sign on' }))

    expect(await screen.findByRole('alert')).toHaveTextContent('unexpected address')
    expect(posted).not.toHaveBeenCalled()
    expect(screen.getByLabelText('Password')).toHaveValue('')
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'UNTRUSTED_LINK' }))
  })

  it('does not navigate to a social provider link on another origin', async () => {
    const flow = structuredClone(seeds.authorizeSocial)
    flow._embedded!.socialProviders![0]!._links.authenticate.href = `${evil}/rp/authenticate`
    const { user } = renderSignOn({}, { overrides: [http.get(authorizeUrl, () => HttpResponse.json(flow))] })
    await user.click(await screen.findByRole('button', { name: /Continue with/ }))
    expect(await screen.findByRole('alert')).toHaveTextContent('unexpected address')
    expect(screen.getByRole('button', { name: 'Start again' })).toBeInTheDocument()
    expect(window.location.origin).not.toBe(evil)
    expect(sessionStorage.length).toBe(0)
  })
})

describe('answers that do not belong to this sign-on', () => {
  it('refuses an authorization response whose state is not ours', async () => {
    const onComplete = vi.fn()
    const onError = vi.fn()
    const forged = { ...seeds.resume, authorizeResponse: { code: 'forged', state: 'someone-else' } }
    const { user } = renderSignOn(
      { onComplete, onError },
      { overrides: [http.get(`${authBaseUrl}/${environmentId}/as/resume`, () => HttpResponse.json(forged))] },
    )
    await user.type(await screen.findByLabelText('Username'), 'demo')
    await user.type(screen.getByLabelText('Password'), 'Demo-Passw0rd!')
    await user.click(screen.getByRole('button', { name: 'Sign on' }))

    expect(await screen.findByRole('alert')).toHaveTextContent('could not be verified')
    expect(screen.getByRole('button', { name: 'Start again' })).toBeInTheDocument()
    expect(onComplete).not.toHaveBeenCalled()
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'STATE_MISMATCH' }))
  })

  it('shows an error, not a blank page, when PingOne answers with something that is not a flow', async () => {
    renderSignOn(
      {},
      { overrides: [http.get(authorizeUrl, () => new HttpResponse('<html>maintenance</html>', { status: 200 }))] },
    )
    expect(await screen.findByRole('heading', { name: 'Sign-on interrupted' })).toBeInTheDocument()
    expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong')
  })

  it('renders server text as text', async () => {
    const flow = { ...seeds.authorizeSocial, status: '<img src=x onerror=alert(1)>' }
    renderSignOn({}, { overrides: [http.get(authorizeUrl, () => HttpResponse.json(flow))] })
    expect(await screen.findByText('<img src=x onerror=alert(1)>')).toBeInTheDocument()
    await waitFor(() => expect(document.querySelector('img')).toBeNull())
  })
})
