import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { PingOneSignOn, type PingOneSignOnProps } from '../src'
import { authBaseUrl, environmentId, mountEmulator } from './render'
import { watchNavigations } from './support/navigations'
import { openAuthorizeInRedirectMode } from './support/redirectMode'

// Issue 15, point 6: redirect mode as a mode of its own. The host's authorize (oidc-client-ts, say)
// sends the browser to the application's login page URL with ?environmentId=&flowId=; that page
// needs neither clientId nor redirectUri, and opened without a flow it says where sign-ons start.

/** A login page as a host writes it in redirect mode: no client of its own. */
const loginPage: PingOneSignOnProps = { environmentId, authBaseUrl, loginPage: true }

async function signOnAsDemo(user = userEvent.setup()) {
  await user.type(await screen.findByLabelText('Username'), 'demo')
  await user.type(screen.getByLabelText('Password'), 'Demo-Passw0rd!')
  await user.click(screen.getByRole('button', { name: 'Sign on' }))
}

describe('a login page without clientId and redirectUri', () => {
  it('continues the flow PingOne sent the browser with, and ends at resumeUrl', async () => {
    const { requests } = mountEmulator()
    const address = await openAuthorizeInRedirectMode()
    window.history.replaceState(null, '', `/${address.search}`)
    const navigations = watchNavigations()
    const onError = vi.fn()

    render(<PingOneSignOn {...loginPage} onError={onError} />)
    await signOnAsDemo()

    await waitFor(() => expect(navigations).toHaveLength(1))
    expect(requests.filter((r) => r.includes('/as/authorize'))).toEqual(['GET /as/authorize'])
    expect(onError).not.toHaveBeenCalled()
  })

  it('opened without a flow: says to sign in from the app, offers no Start again, and sends nothing', async () => {
    const { requests } = mountEmulator()
    window.history.replaceState(null, '', '/')
    const onError = vi.fn()

    render(<PingOneSignOn {...loginPage} onError={onError} />)

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'There is no sign-in to continue on this page. Go back to the app and sign in from there.',
    )
    expect(screen.queryByRole('button', { name: 'Start again' })).toBeNull()
    await waitFor(() => expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'NO_FLOW' })))
    expect(requests).toEqual([])
  })

  it('a flow that expires under the user ends there, with the way back, instead of starting one', async () => {
    const { emulator, requests } = mountEmulator()
    const address = await openAuthorizeInRedirectMode()
    window.history.replaceState(null, '', `/${address.search}`)
    const onError = vi.fn()
    render(<PingOneSignOn {...loginPage} onError={onError} />)
    const user = userEvent.setup()
    await user.type(await screen.findByLabelText('Username'), 'demo')
    await user.type(screen.getByLabelText('Password'), 'Demo-Passw0rd!')
    emulator.faults.add({ on: { endpoint: 'flow', action: 'usernamePassword.check' }, fault: { kind: 'expireFlow' } })
    await user.click(screen.getByRole('button', { name: 'Sign on' }))

    expect(await screen.findByRole('heading', { name: 'Your sign-on expired' })).toBeInTheDocument()
    expect(screen.getByRole('alert')).toHaveTextContent('Go back to the app and sign in from there.')
    expect(screen.queryByRole('button', { name: 'Start again' })).toBeNull()
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'NOT_FOUND', isFlowExpired: true }))
    expect(requests.filter((r) => r.includes('/as/authorize'))).toEqual(['GET /as/authorize'])
  })

  it('with clientId but no redirectUri: a configuration error that names redirectUri', async () => {
    const { requests } = mountEmulator()
    const onError = vi.fn()
    const halfClient = { ...loginPage, clientId: 'some-client' } as unknown as PingOneSignOnProps

    render(<PingOneSignOn {...halfClient} onError={onError} />)

    expect(await screen.findByRole('alert')).toHaveTextContent('This sign-on page is not set up correctly')
    await waitFor(() => expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'INVALID_CONFIG' })))
    expect(onError.mock.calls[0]![0].message).toMatch(/`redirectUri`/)
    expect(requests).toEqual([])
  })
})
