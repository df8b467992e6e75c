import { render, screen, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { defaultConfig } from '../emulator'
import { PingOneSignOn, startSignOn, type PingOneError } from '../src'
import { continueAtProvider, recordFlows } from './providerRoundTrip'
import { mountEmulator, propsFor, renderSignOn } from './render'

// PingOne sends the browser to the login page URL with ?error= (a JSON-encoded PingOne error) when
// it cannot go on, as Ping's custom sign-on sample reads it. Anyone can write that address.

const fromPingOne = (error: unknown) => `/?error=${encodeURIComponent(JSON.stringify(error))}`
const returned = 'PingOne could not complete the sign-on. Start again to continue.'
const lure = 'Your account is locked. Call +1 555 0100 now.'

describe('?error= in the page address', () => {
  it('shows a screen in the kit\'s own words, reports PingOne\'s code, starts nothing, and starts again on request', async () => {
    window.history.replaceState(null, '', fromPingOne({ id: 'e1', code: 'REQUEST_FAILED', message: lure }))
    const onError = vi.fn<(error: PingOneError) => void>()
    const { requests, user } = renderSignOn({ onError })

    expect(await screen.findByRole('heading', { name: 'Sign-on interrupted' })).toBeInTheDocument()
    expect(screen.getByRole('alert')).toHaveTextContent(returned)
    expect(document.body).not.toHaveTextContent(/555|locked/)
    await waitFor(() => expect(onError).toHaveBeenCalledTimes(1))
    expect(onError.mock.calls[0]![0]).toMatchObject({ code: 'REQUEST_FAILED', status: 0 })
    expect(onError.mock.calls[0]![0].message).not.toContain('555')
    expect(requests).toEqual([])

    await user.click(screen.getByRole('button', { name: 'Start again' }))
    expect(await screen.findByLabelText('Username')).toBeInTheDocument()
    expect(requests).toEqual(['GET /as/authorize'])
    expect(window.location.search).toBe('')
  })

  it('uses the catalogue for a code it knows, and the kit\'s words for one that is not a code', async () => {
    window.history.replaceState(null, '', fromPingOne({ code: 'NOT_FOUND', message: lure }))
    const first = renderSignOn()
    expect(await screen.findByRole('alert')).toHaveTextContent('This sign-on has expired. Start again to continue.')
    first.unmount()

    window.history.replaceState(null, '', fromPingOne({ code: 'error.INVALID_VALUE.password', message: lure }))
    const onError = vi.fn<(error: PingOneError) => void>()
    const second = renderSignOn({ onError })
    expect(await screen.findByRole('alert')).toHaveTextContent('Something went wrong on our side. Start again to continue.')
    await waitFor(() => expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'INVALID_RESPONSE' })))
    second.unmount()

    window.history.replaceState(null, '', '/?error=%7Bnot%20json')
    renderSignOn()
    expect(await screen.findByRole('alert')).toHaveTextContent('Something went wrong on our side. Start again to continue.')
  })

  it('keeps startSignOn from starting a sign-on behind it', async () => {
    window.history.replaceState(null, '', fromPingOne({ code: 'REQUEST_FAILED', message: lure }))
    const { requests } = mountEmulator()
    const started = startSignOn(propsFor())
    await started.settled
    render(<PingOneSignOn {...propsFor()} started={started} />)
    expect(await screen.findByRole('alert')).toHaveTextContent(returned)
    expect(requests).toEqual([])
  })

  it('is where an identity provider that fails sends the user back to, from the emulator', async () => {
    const providers = defaultConfig.socialProviders.map((p) => (p.name === 'Acme ID' ? { ...p, fails: true } : p))
    const { user, unmount } = renderSignOn({}, { config: { ...defaultConfig, socialProviders: providers } })
    const flows = recordFlows()
    await user.click(await screen.findByRole('button', { name: 'Continue with Acme ID' }))
    unmount()
    const back = await continueAtProvider(flows[0]!._embedded!.socialProviders![0]!._links.authenticate.href)
    expect(back.searchParams.get('error')).toContain('REQUEST_FAILED')

    const onError = vi.fn<(error: PingOneError) => void>()
    render(<PingOneSignOn {...propsFor()} onError={onError} />)
    expect(await screen.findByRole('alert')).toHaveTextContent(returned)
    expect(document.body).not.toHaveTextContent('could not authenticate')
    await waitFor(() => expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'REQUEST_FAILED' })))
  })
})
