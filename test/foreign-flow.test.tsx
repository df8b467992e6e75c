import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { defaultConfig, type EmulatorConfig } from '../emulator'
import { PingOneSignOn, startSignOn, type SignOnResult } from '../src'
import { inBrowser } from './emulator/helpers'
import { app, authBaseUrl, environmentId, mountEmulator, propsFor, redeem } from './render'
import { attacker } from './support/attacker'
import { watchNavigations } from './support/navigations'
import { openAuthorizeInRedirectMode } from './support/redirectMode'

// Issue 14, finding 1: anyone can send a link with ?flowId= to the app's sign-on page. A page that
// continued it would sign the user on to the sender's flow: link the sender's external identity to
// the user's account (ACCOUNT_LINKING_REQUIRED), or hand the sender a code for the user's sign-on
// (session fixation). The kit continues a flowId from the address only when this tab holds that
// flow's PKCE transaction (back from a social provider), or on a `loginPage` whose address names
// this environment, where PingOne's cookie binding refuses a flow another browser started.

const env = `${authBaseUrl}/${environmentId}`

/** The emulator, and an attacker using it from a browser of their own. */
function setUp(config: EmulatorConfig = defaultConfig) {
  const mounted = mountEmulator(config)
  const theirs = inBrowser(mounted.emulator)
  return { ...mounted, attacker: attacker(env, app.clientId, (request) => theirs.handle(request)) }
}

/** The link the attacker sends: the app's sign-on page with their flow in the address. */
function openLink(flowId: string) {
  window.history.replaceState(null, '', `/?environmentId=${environmentId}&flowId=${flowId}`)
}

async function signOnAsDemo(user = userEvent.setup()) {
  await user.type(await screen.findByLabelText('Username'), 'demo')
  await user.type(screen.getByLabelText('Password'), 'Demo-Passw0rd!')
  await user.click(screen.getByRole('button', { name: 'Sign on' }))
}

// `optional`: as if PingOne's cookie binding let the attacker's flow through; the kit must not need it.
describe.each(['required', 'optional'] as const)('a flowId someone else sent, with flow cookies %s', (flowCookie) => {
  const config: EmulatorConfig = { ...defaultConfig, flowCookie }

  it('account linking: the page starts its own sign-on; the attacker\'s identity stays unlinked', async () => {
    const { attacker: them, requests } = setUp(config)
    const lure = await them.flowToLink('Globex ID')
    expect(lure.status).toBe('ACCOUNT_LINKING_REQUIRED')
    openLink(lure.id)
    const onComplete = vi.fn<(result: SignOnResult) => void>()
    const onError = vi.fn()

    render(<PingOneSignOn {...propsFor()} onComplete={onComplete} onError={onError} />)

    expect(await screen.findByRole('button', { name: 'Sign on' })).toBeInTheDocument()
    expect(screen.queryByRole('heading', { name: 'Link your Globex ID account' })).toBeNull()
    await waitFor(() => expect(window.location.search).toBe(''))
    await signOnAsDemo()
    await waitFor(() => expect(onComplete).toHaveBeenCalledTimes(1))
    expect((await redeem(onComplete.mock.calls[0]![0])).status).toBe(200)
    expect(requests.filter((r) => r.includes(lure.id))).toEqual([])
    expect(onError).not.toHaveBeenCalled()

    expect((await them.read(lure.id)).status).toBe('ACCOUNT_LINKING_REQUIRED')
    expect(await them.signInWith('Globex ID')).toBeNull()
  })

  it('session fixation: the user signs on to a flow of their own; the attacker\'s flow gives them nothing', async () => {
    const { attacker: them } = setUp(config)
    const lure = await them.start()
    openLink(lure.id)
    const onComplete = vi.fn<(result: SignOnResult) => void>()

    render(<PingOneSignOn {...propsFor()} onComplete={onComplete} />)
    await signOnAsDemo()

    await waitFor(() => expect(onComplete).toHaveBeenCalledTimes(1))
    expect((await them.read(lure.id)).status).toBe('USERNAME_PASSWORD_REQUIRED')
    expect(await them.tokensFrom(lure.id)).toBeNull()
  })

  it('startSignOn sends its own authorize, not a read of the flow in the address', async () => {
    const { attacker: them, requests } = setUp(config)
    const lure = await them.flowToLink('Globex ID')
    openLink(lure.id)

    const started = startSignOn(propsFor())
    await started.settled
    render(<PingOneSignOn {...propsFor()} started={started} />)

    expect(await screen.findByRole('button', { name: 'Sign on' })).toBeInTheDocument()
    expect(requests).toEqual(['GET /as/authorize'])
  })
})

describe('a loginPage (redirect mode)', () => {
  it('continues the flow PingOne sent this browser to it with', async () => {
    mountEmulator()
    const loginPage = await openAuthorizeInRedirectMode()
    window.history.replaceState(null, '', `/${loginPage.search}`)
    const navigations = watchNavigations()

    render(<PingOneSignOn {...propsFor()} loginPage />)
    await signOnAsDemo()

    // On COMPLETED the kit sends the browser to resumeUrl, and PingOne on to the redirect URI.
    await waitFor(() => expect(navigations).toHaveLength(1))
  })

  it('refuses, with the cookie message, a flow another browser started: PingOne binds it to theirs', async () => {
    const { attacker: them, requests } = setUp()
    const lure = await them.flowToLink('Globex ID')
    openLink(lure.id)
    const onError = vi.fn()

    render(<PingOneSignOn {...propsFor()} loginPage onError={onError} />)

    expect(await screen.findByRole('alert')).toHaveTextContent('Your browser blocked cookies this sign-on needs')
    expect(screen.queryByRole('heading', { name: 'Link your Globex ID account' })).toBeNull()
    await waitFor(() => expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'COOKIES_BLOCKED' })))
    expect(requests.filter((r) => r.startsWith('POST'))).toEqual([])
    expect((await them.read(lure.id)).status).toBe('ACCOUNT_LINKING_REQUIRED')

    await userEvent.setup().click(screen.getByRole('button', { name: 'Start again' }))
    expect(await screen.findByRole('button', { name: 'Sign on' })).toBeInTheDocument()
    expect(window.location.search).toBe('')
  })

  it.each([
    ['no environmentId', (flowId: string) => `/?flowId=${flowId}`],
    ['another environmentId', (flowId: string) => `/?environmentId=0d3b8a4e-0000-4000-8000-000000000000&flowId=${flowId}`],
  ])('does not continue a flowId with %s in the address', async (_name, address) => {
    const { attacker: them, requests } = setUp({ ...defaultConfig, flowCookie: 'optional' })
    const lure = await them.flowToLink('Globex ID')
    window.history.replaceState(null, '', address(lure.id))

    render(<PingOneSignOn {...propsFor()} loginPage />)

    expect(await screen.findByRole('button', { name: 'Sign on' })).toBeInTheDocument()
    expect(requests).toEqual(['GET /as/authorize'])
    await waitFor(() => expect(window.location.search).toBe(''))
  })
})
