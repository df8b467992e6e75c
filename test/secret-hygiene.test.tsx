import { render, screen, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { PingOneSignOn, type SignOnResult } from '../src'
import { continueAtProvider, recordFlows } from './providerRoundTrip'
import { propsFor, redeem, renderSignOn } from './render'
import { findInReactState, type Finding } from './support/findInReactState'
import { recordConsole, tracesOutsideReact } from './support/tracesOutsideReact'

// Secrets the kit handles: what the user types as a password, and the authorization code with its
// PKCE verifier and state. Each must be gone once used: from the kit's React state (its private
// QueryClient's query and mutation caches included), web storage, cookies, the address, the page
// and the console. The code and verifier stay only in the result handed to the host.

const password = 'Demo-Passw0rd!'
const kitKeys = () => Object.keys(sessionStorage).filter((key) => key.startsWith('pingone-signon:'))

type User = ReturnType<typeof renderSignOn>['user']

/** Where a secret is held other than in the result handed to the host. */
const keptBesides = (result: SignOnResult, findings: Finding[]) =>
  findings.filter((finding) => finding.holder !== result).map((finding) => finding.path)

/**
 * Waits until the kit's current render holds the result's secrets only in the result. React keeps
 * the render before as each fiber's alternate until the next one, which the test then makes.
 */
async function settled(container: HTMLElement, result: SignOnResult) {
  const current = (secret: string) => keptBesides(result, findInReactState(container, secret)).filter((p) => !p.includes('.alternate.'))
  await waitFor(() => expect([result.code, result.codeVerifier, result.state].flatMap(current)).toEqual([]))
}

async function signOn(user: User, username: string, secret = password) {
  await user.type(await screen.findByLabelText('Username'), username)
  await user.type(screen.getByLabelText('Password'), secret)
  await user.click(screen.getByRole('button', { name: 'Sign on' }))
}

describe('a password, once submitted', () => {
  it('is nowhere once the step changes after signing on', async () => {
    const logged = recordConsole()
    const onComplete = vi.fn()
    const { user, container } = renderSignOn({ onComplete })
    await user.type(await screen.findByLabelText('Username'), 'demo')
    await user.type(screen.getByLabelText('Password'), password)
    // The control: while typed, the form holds it, and the search sees it there.
    expect(findInReactState(container, password)).not.toEqual([])
    expect(tracesOutsideReact(password, logged)).toEqual([`the value of <input name="password">`])

    await user.click(screen.getByRole('button', { name: 'Sign on' }))
    await waitFor(() => expect(onComplete).toHaveBeenCalledTimes(1))

    expect(findInReactState(container, password).map((f) => f.path)).toEqual([])
    expect(tracesOutsideReact(password, logged)).toEqual([])
  })

  it('leaves no trace when it is wrong, and the form stays with the username', async () => {
    const logged = recordConsole()
    const wrong = 'Not-The-Passw0rd!'
    const { user, container } = renderSignOn()
    await signOn(user, 'demo', wrong)

    expect(await screen.findByRole('alert')).toHaveTextContent('Incorrect username or password.')
    await waitFor(() => expect(screen.getByLabelText('Password')).toHaveValue(''))
    expect(screen.getByLabelText('Username')).toHaveValue('demo')
    expect(findInReactState(container, wrong).map((f) => f.path)).toEqual([])
    expect(tracesOutsideReact(wrong, logged)).toEqual([])
  })

  it('is nowhere, old or new, after changing an expired password', async () => {
    const logged = recordConsole()
    const fresh = 'Fresh-Start-42'
    const onComplete = vi.fn()
    const { user, container } = renderSignOn({ onComplete })
    await signOn(user, 'expired')
    await user.type(await screen.findByLabelText('New password'), fresh)
    await user.type(screen.getByLabelText('Current password'), password)
    await user.click(screen.getByRole('button', { name: 'Change password' }))
    await waitFor(() => expect(onComplete).toHaveBeenCalledTimes(1))

    for (const secret of [password, fresh]) {
      expect(findInReactState(container, secret).map((f) => f.path)).toEqual([])
      expect(tracesOutsideReact(secret, logged)).toEqual([])
    }
  })

  it('is nowhere after registering, once the email is to be verified', async () => {
    const logged = recordConsole()
    const chosen = 'Fresh-Start-42'
    const { user, container } = renderSignOn()
    await user.click(await screen.findByRole('button', { name: 'Create an account' }))
    await user.type(screen.getByLabelText('Username'), 'newbie')
    await user.type(screen.getByLabelText('Email'), 'newbie@example.com')
    await user.type(screen.getByLabelText('Password'), chosen)
    await user.click(screen.getByRole('button', { name: 'Create account' }))
    await screen.findByRole('heading', { name: 'Verify your email' })

    expect(findInReactState(container, chosen).map((f) => f.path)).toEqual([])
    expect(tracesOutsideReact(chosen, logged)).toEqual([])
  })
})

describe('the authorization code', () => {
  it('is delivered once, kept only in what the host was handed, and redeemable once', async () => {
    const logged = recordConsole()
    const onComplete = vi.fn<(result: SignOnResult) => void>()
    const { user, container, rerender } = renderSignOn({ onComplete })
    await signOn(user, 'demo')
    await waitFor(() => expect(onComplete).toHaveBeenCalledTimes(1))
    const result = onComplete.mock.calls[0]![0]
    await settled(container, result)
    rerender(<PingOneSignOn {...propsFor()} onComplete={onComplete} />)

    for (const secret of [result.code, result.codeVerifier, result.state]) {
      expect(keptBesides(result, findInReactState(container, secret))).toEqual([])
      expect(tracesOutsideReact(secret, logged)).toEqual([])
    }
    expect(onComplete).toHaveBeenCalledTimes(1)
    expect((await redeem(result)).status).toBe(200)
    expect(await redeem(result)).toMatchObject({ status: 400, body: { error: 'invalid_grant' } })
  })

  it('is kept nowhere else when PingOne puts it in the COMPLETED answer itself', async () => {
    const onComplete = vi.fn<(result: SignOnResult) => void>()
    const { user, container, rerender, emulator } = renderSignOn({ onComplete })
    const code = 'inline-authorization-code-4711'
    emulator.faults.add({
      on: { endpoint: 'flow', action: 'usernamePassword.check' },
      fault: { kind: 'mutateFlow', set: { authorizeResponse: { code } } },
    })
    await signOn(user, 'demo')
    await waitFor(() => expect(onComplete).toHaveBeenCalledTimes(1))
    const result = onComplete.mock.calls[0]![0]
    expect(result.code).toBe(code)
    await settled(container, result)
    rerender(<PingOneSignOn {...propsFor()} onComplete={onComplete} />)
    expect(keptBesides(result, findInReactState(container, code))).toEqual([])
  })

  it('comes with the PKCE verifier and state the kit kept across a social round trip, which then leave sessionStorage', async () => {
    const logged = recordConsole()
    const first = renderSignOn()
    const flows = recordFlows()
    await first.user.click(await screen.findByRole('button', { name: 'Continue with Acme ID' }))
    const [kept] = kitKeys()
    const transaction = JSON.parse(sessionStorage.getItem(kept!)!) as { codeVerifier: string; state: string }
    first.unmount()

    await continueAtProvider(flows[0]!._embedded!.socialProviders![0]!._links.authenticate.href)
    const onComplete = vi.fn<(result: SignOnResult) => void>()
    const ui = () => <PingOneSignOn {...propsFor()} onComplete={onComplete} />
    const { container, rerender } = render(ui())
    await waitFor(() => expect(onComplete).toHaveBeenCalledTimes(1))
    const result = onComplete.mock.calls[0]![0]
    await settled(container, result)
    rerender(ui())

    expect(result).toMatchObject({ codeVerifier: transaction.codeVerifier, state: transaction.state })
    expect(kitKeys()).toEqual([])
    for (const secret of [result.code, transaction.codeVerifier, transaction.state]) {
      expect(tracesOutsideReact(secret, logged)).toEqual([])
      expect(keptBesides(result, findInReactState(container, secret))).toEqual([])
    }
    expect((await redeem(result)).status).toBe(200)
  })

  it('is refused, and the transaction forgotten, when resume answers with another state', async () => {
    const first = renderSignOn()
    const flows = recordFlows()
    await first.user.click(await screen.findByRole('button', { name: 'Continue with Acme ID' }))
    first.unmount()
    await continueAtProvider(flows[0]!._embedded!.socialProviders![0]!._links.authenticate.href)
    first.emulator.faults.add({
      on: { endpoint: 'resume' },
      fault: { kind: 'mutateFlow', set: { authorizeResponse: { code: 'forged-code', state: 'someone-else' } } },
    })

    const onComplete = vi.fn()
    const onError = vi.fn()
    render(<PingOneSignOn {...propsFor()} onComplete={onComplete} onError={onError} />)

    expect(await screen.findByRole('alert')).toHaveTextContent('could not be verified')
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'STATE_MISMATCH' }))
    expect(onComplete).not.toHaveBeenCalled()
    await waitFor(() => expect(kitKeys()).toEqual([]))
  })

  it('leaves no transaction behind for a flow the user abandoned at the provider', async () => {
    const first = renderSignOn()
    await first.user.click(await screen.findByRole('button', { name: 'Continue with Acme ID' }))
    expect(kitKeys()).toHaveLength(1)
    first.unmount()

    // Back from the provider without finishing (the browser's Back button): a fresh sign-on page.
    render(<PingOneSignOn {...propsFor()} />)
    await screen.findByLabelText('Username')
    await waitFor(() => expect(kitKeys()).toEqual([]))
  })
})
