import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import otpRequired from './fixtures/OTP_REQUIRED__user-lookup-sign-on-with-username.json'
import { authBaseUrl, environmentId, renderSignOn, withApplication } from './render'

type Rendered = ReturnType<typeof renderSignOn>

async function signOn({ user }: Rendered, username: string) {
  await user.type(await screen.findByLabelText('Username'), username)
  await user.type(screen.getByLabelText('Password'), 'Demo-Passw0rd!')
  await user.click(screen.getByRole('button', { name: 'Sign on' }))
}

const lastCode = ({ emulator }: Rendered) => emulator.outbox().at(-1)!.code
const flowReads = ({ requests }: Rendered) => requests.filter((r) => /^GET \/flows\/[^ ]+$/.test(r)).length

describe('one-time passcodes', () => {
  it('renders PingOne’s own OTP_REQUIRED answer with its masked SMS device', async () => {
    const authorizeUrl = `${authBaseUrl}/${environmentId}/as/authorize`
    renderSignOn({}, { overrides: [http.get(authorizeUrl, () => HttpResponse.json(otpRequired), { once: true })] })
    expect(await screen.findByRole('heading', { name: 'Enter your code' })).toBeInTheDocument()
    expect(screen.getByText('We sent a code by text message to *******01.')).toBeInTheDocument()
    const code = screen.getByLabelText('Code')
    expect(code).toHaveAttribute('autocomplete', 'one-time-code')
    expect(code).toHaveAttribute('inputmode', 'numeric')
    expect(screen.getByRole('button', { name: 'Resend code' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Use another method' })).not.toBeInTheDocument()
  })

  it('signs a passwordless user in with the username and a texted code, as PingOne’s example does', async () => {
    const onComplete = vi.fn()
    const rendered = renderSignOn({ onComplete }, { config: withApplication({ signOnPolicy: 'identifierFirst' }) })
    await rendered.user.type(await screen.findByLabelText('Username'), 'passwordless')
    await rendered.user.click(screen.getByRole('button', { name: 'Next' }))
    expect(await screen.findByRole('heading', { name: 'Enter your code' })).toHaveFocus()
    expect(screen.queryByLabelText('Password')).toBeNull()
    await rendered.user.type(screen.getByLabelText('Code'), lastCode(rendered))
    await rendered.user.click(screen.getByRole('button', { name: 'Verify' }))
    await waitFor(() => expect(onComplete).toHaveBeenCalledTimes(1))
    expect(rendered.requests.map((r) => r.replace(/\/flows\/\S+/, '/flows/:id'))).toEqual([
      'GET /as/authorize',
      'POST /flows/:id user.lookup',
      'POST /flows/:id otp.check',
      'GET /as/resume',
    ])
  })

  it('signs in with the code sent by text message', async () => {
    const onComplete = vi.fn()
    const rendered = renderSignOn({ onComplete })
    await signOn(rendered, 'mfa-sms')
    expect(await screen.findByRole('heading', { name: 'Enter your code' })).toHaveFocus()
    await rendered.user.type(screen.getByLabelText('Code'), lastCode(rendered))
    await rendered.user.click(screen.getByRole('button', { name: 'Verify' }))
    await waitFor(() => expect(onComplete).toHaveBeenCalledTimes(1))
  })

  it('shows a wrong code on the field and clears it', async () => {
    const rendered = renderSignOn()
    await signOn(rendered, 'mfa-email')
    await rendered.user.type(await screen.findByLabelText('Code'), '000000x')
    await rendered.user.click(screen.getByRole('button', { name: 'Verify' }))
    const code = screen.getByLabelText('Code')
    await waitFor(() => expect(code).toHaveAccessibleDescription('That code is wrong or has expired. 2 attempts left.'))
    expect(code).toHaveValue('')
    expect(code).toHaveFocus()
  })

  it('ends the sign-on after three wrong codes', async () => {
    const rendered = renderSignOn()
    await signOn(rendered, 'mfa-sms')
    for (const left of ['2 attempts', '1 attempt']) {
      await rendered.user.type(await screen.findByLabelText('Code'), 'wrong')
      await rendered.user.click(screen.getByRole('button', { name: 'Verify' }))
      await screen.findByText(new RegExp(`${left} left`))
    }
    await rendered.user.type(screen.getByLabelText('Code'), 'wrong')
    await rendered.user.click(screen.getByRole('button', { name: 'Verify' }))
    expect(await screen.findByRole('heading', { name: 'Sign-on failed' })).toBeInTheDocument()
    expect(screen.getByRole('alert')).toHaveTextContent(/Too many wrong codes/)
  })

  it('resends the code; the new one works', async () => {
    const onComplete = vi.fn()
    const rendered = renderSignOn({ onComplete })
    await signOn(rendered, 'mfa-sms')
    await rendered.user.click(await screen.findByRole('button', { name: 'Resend code' }))
    expect(await screen.findByText('We sent you a new code.')).toBeInTheDocument()
    expect(rendered.emulator.outbox()).toHaveLength(2)
    await rendered.user.type(screen.getByLabelText('Code'), lastCode(rendered))
    await rendered.user.click(screen.getByRole('button', { name: 'Verify' }))
    await waitFor(() => expect(onComplete).toHaveBeenCalledTimes(1))
  })

  it('lets the user choose a device, then switch to another', async () => {
    const onComplete = vi.fn()
    const rendered = renderSignOn({ onComplete })
    await signOn(rendered, 'mfa-many')
    expect(await screen.findByRole('heading', { name: 'Verify it’s you' })).toBeInTheDocument()
    const methods = within(screen.getByRole('group', { name: 'Verification methods' })).getAllByRole('button')
    expect(methods.map((button) => button.textContent)).toEqual([
      'Text message to *******01',
      'Email to d***@example.com',
      'Mobile app (Work phone)',
      'Security key (Demo security key)',
    ])
    await rendered.user.click(screen.getByRole('button', { name: 'Text message to *******01' }))
    expect(await screen.findByText('We sent a code by text message to *******01.')).toBeInTheDocument()

    await rendered.user.click(screen.getByRole('button', { name: 'Use another method' }))
    const others = screen.getByRole('group', { name: 'Other methods' })
    expect(within(others).queryByRole('button', { name: /Text message/ })).not.toBeInTheDocument()
    await rendered.user.click(within(others).getByRole('button', { name: 'Email to d***@example.com' }))
    expect(await screen.findByText('We sent a code to d***@example.com.')).toBeInTheDocument()
    expect(rendered.emulator.outbox().at(-1)).toMatchObject({ channel: 'EMAIL' })
    await rendered.user.type(screen.getByLabelText('Code'), lastCode(rendered))
    await rendered.user.click(screen.getByRole('button', { name: 'Verify' }))
    await waitFor(() => expect(onComplete).toHaveBeenCalledTimes(1))
  })
})

describe('push confirmation', () => {
  it('waits, polling the flow, until the phone approves', async () => {
    const onComplete = vi.fn()
    const rendered = renderSignOn({ onComplete })
    await signOn(rendered, 'mfa-push')
    expect(await screen.findByRole('heading', { name: 'Approve the sign-on on your phone' })).toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent('Waiting for your approval…')
    await waitFor(() => expect(flowReads(rendered)).toBeGreaterThanOrEqual(1), { timeout: 8000 })

    const [push] = rendered.emulator.pushes()
    expect(rendered.emulator.push(push!.flowId, 'approve')).toBe(true)
    await waitFor(() => expect(onComplete).toHaveBeenCalledTimes(1), { timeout: 8000 })
    // Two polls 2 s apart at least: the waits above allow 8 s each, so the test's own limit must too.
  }, 20_000)

  it('ends the sign-on when the phone denies', async () => {
    const rendered = renderSignOn()
    await signOn(rendered, 'mfa-push')
    await screen.findByRole('heading', { name: 'Approve the sign-on on your phone' })
    rendered.emulator.push(rendered.emulator.pushes()[0]!.flowId, 'deny')
    expect(await screen.findByRole('heading', { name: 'Sign-on failed' }, { timeout: 8000 })).toBeInTheDocument()
  })

  it('offers another notification after a timeout', async () => {
    let now = Date.now()
    const rendered = renderSignOn({}, { now: () => now })
    await signOn(rendered, 'mfa-push')
    await screen.findByRole('heading', { name: 'Approve the sign-on on your phone' })
    now += 60_000
    expect(await screen.findByRole('heading', { name: 'The notification expired' }, { timeout: 8000 })).toHaveFocus()
    await rendered.user.click(screen.getByRole('button', { name: 'Send another notification' }))
    expect(await screen.findByRole('heading', { name: 'Approve the sign-on on your phone' })).toBeInTheDocument()
    expect(rendered.emulator.pushes()).toHaveLength(1)
  })

  it('pauses polling while the tab is hidden and resumes when it is visible again', async () => {
    let visibility: DocumentVisibilityState = 'visible'
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility })
    const setVisibility = (next: DocumentVisibilityState) => {
      visibility = next
      document.dispatchEvent(new Event('visibilitychange'))
    }
    try {
      const rendered = renderSignOn()
      await signOn(rendered, 'mfa-push')
      await screen.findByRole('heading', { name: 'Approve the sign-on on your phone' })
      await waitFor(() => expect(flowReads(rendered)).toBeGreaterThanOrEqual(1), { timeout: 8000 })

      setVisibility('hidden')
      const reads = flowReads(rendered)
      await new Promise((resolve) => setTimeout(resolve, 2500))
      expect(flowReads(rendered)).toBe(reads)

      setVisibility('visible')
      await waitFor(() => expect(flowReads(rendered)).toBeGreaterThan(reads), { timeout: 8000 })
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState
    }
  }, 20_000)

  it('stops polling once the step is gone', async () => {
    const rendered = renderSignOn()
    await signOn(rendered, 'mfa-push')
    await screen.findByRole('heading', { name: 'Approve the sign-on on your phone' })
    await waitFor(() => expect(flowReads(rendered)).toBeGreaterThanOrEqual(1), { timeout: 8000 })
    rendered.unmount()
    const reads = flowReads(rendered)
    await new Promise((resolve) => setTimeout(resolve, 2500))
    expect(flowReads(rendered)).toBe(reads)
  }, 20_000)
})

describe('security keys', () => {
  it('explains that this browser has no WebAuthn and lists the other methods', async () => {
    const rendered = renderSignOn()
    await signOn(rendered, 'mfa-many')
    await rendered.user.click(await screen.findByRole('button', { name: 'Security key (Demo security key)' }))
    expect(await screen.findByRole('heading', { name: 'Use your security key' })).toBeInTheDocument()
    expect(screen.getByRole('alert')).toHaveTextContent('This browser cannot use security keys.')
    expect(screen.queryByRole('button', { name: 'Use security key' })).not.toBeInTheDocument()
    await rendered.user.click(screen.getByRole('button', { name: 'Text message to *******01' }))
    expect(await screen.findByRole('heading', { name: 'Enter your code' })).toBeInTheDocument()
  })
})
