import { render, screen, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { PingOneSignOn } from '../src'
import { continueAtProvider, recordFlows } from './providerRoundTrip'
import { propsFor, renderSignOn, withApplication } from './render'

/** Leaves for `provider` from the sign-on form, comes back, and renders the page PingOne returns to. */
async function returnFrom(provider: string) {
  const { user, unmount, requests } = renderSignOn()
  const flows = recordFlows()
  await user.click(await screen.findByRole('button', { name: `Continue with ${provider}` }))
  const href = flows[0]!._embedded!.socialProviders!.find((p) => p.name === provider)!._links.authenticate.href
  unmount()
  await continueAtProvider(href)
  const onComplete = vi.fn()
  render(<PingOneSignOn {...propsFor()} onComplete={onComplete} />)
  return { user, onComplete, requests }
}

describe('account linking after a social login', () => {
  it('links the new identity to an existing account with its password', async () => {
    const { user, onComplete } = await returnFrom('Globex ID')
    expect(await screen.findByRole('heading', { name: 'Link your Globex ID account' })).toBeInTheDocument()
    await user.type(screen.getByLabelText('Username'), 'demo')
    await user.type(screen.getByLabelText('Password'), 'wrong-password')
    await user.click(screen.getByRole('button', { name: 'Sign on and link' }))
    const password = screen.getByLabelText('Password')
    expect(await screen.findByRole('alert')).toHaveTextContent('Incorrect username or password.')
    expect(password).toHaveValue('')
    expect(screen.getByLabelText('Username')).toHaveValue('demo')

    await user.type(password, 'Demo-Passw0rd!')
    await user.click(screen.getByRole('button', { name: 'Sign on and link' }))
    await waitFor(() => expect(onComplete).toHaveBeenCalledTimes(1))
  })

  it('offers to create an account instead, prefilled with what the provider supplied', async () => {
    const { user } = await returnFrom('Globex ID')
    await user.click(await screen.findByRole('button', { name: 'Create an account' }))
    expect(await screen.findByRole('heading', { name: 'Create an account' })).toBeInTheDocument()
    expect(screen.getByLabelText('Username')).toHaveValue('gina.globex')
    expect(screen.getByLabelText('Email')).toHaveValue('gina@globex.example')
    await user.click(screen.getByRole('button', { name: 'Back to sign on' }))
    expect(await screen.findByRole('heading', { name: 'Link your Globex ID account' })).toBeInTheDocument()
  })
})

describe('account confirmation after a social login', () => {
  it('shows the supplied details to edit; a bad email lands on its field; then asks to link', async () => {
    const { user } = await returnFrom('Initech ID')
    expect(await screen.findByRole('heading', { name: 'Confirm your details' })).toBeInTheDocument()
    expect(screen.getByText(/Initech ID shared these details/)).toBeInTheDocument()
    expect(screen.getByLabelText('Username')).toHaveValue('ian.initech')
    expect(screen.getByLabelText('First name (optional)')).toHaveValue('Ian')
    const email = screen.getByLabelText('Email')
    expect(email).toHaveValue('ian@initech.example')

    await user.clear(email)
    await user.type(email, 'not-an-email')
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await waitFor(() => expect(email).toHaveAccessibleDescription('Enter a valid email address.'))
    expect(email).toHaveValue('not-an-email')

    await user.clear(email)
    await user.type(email, 'ian@example.com')
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(await screen.findByRole('heading', { name: 'Link your Initech ID account' })).toBeInTheDocument()
  })
})

describe('external authentication (identifier first)', () => {
  it('sends a user whose company signs them in to that IdP, keeping the PKCE transaction', async () => {
    const config = withApplication({ signOnPolicy: 'identifierFirst' })
    const { user, unmount } = renderSignOn({}, { config })
    const flows = recordFlows()
    await user.type(await screen.findByLabelText('Username'), 'partner')
    await user.click(screen.getByRole('button', { name: 'Next' }))
    expect(await screen.findByRole('heading', { name: 'Sign on with Partner SSO' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Sign on as someone else' })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Continue to Partner SSO' }))
    const routed = flows.at(-1)!
    expect(sessionStorage.getItem(`pingone-signon:${routed.id}`)).toContain('codeVerifier')
    unmount()

    await continueAtProvider(routed._links.authenticate!.href)
    const onComplete = vi.fn()
    render(<PingOneSignOn {...propsFor(config)} onComplete={onComplete} />)
    await waitFor(() => expect(onComplete).toHaveBeenCalledTimes(1))
  })

  it('goes back to the username on "Not you?"', async () => {
    const { user } = renderSignOn({}, { config: withApplication({ signOnPolicy: 'identifierFirst' }) })
    await user.type(await screen.findByLabelText('Username'), 'partner')
    await user.click(screen.getByRole('button', { name: 'Next' }))
    await user.click(await screen.findByRole('button', { name: 'Sign on as someone else' }))
    expect(await screen.findByRole('button', { name: 'Next' })).toBeInTheDocument()
  })
})
