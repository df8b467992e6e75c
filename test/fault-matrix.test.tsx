import { screen, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { defaultConfig, type Fault, type FaultRule, type FaultTarget } from '../emulator'
import type { PingOneError, SignOnResult } from '../src'
import { redeem, renderSignOn } from './render'

// Each fault the emulator can inject, at the step it hits: what the user sees, what onError gets,
// and which requests were repeated. A read (GET) may be repeated; an action (POST) never is.

type User = ReturnType<typeof renderSignOn>['user']
type Expected = {
  /** The heading the user ends on, and the text of the message shown with it. */
  heading: string
  message?: string | RegExp
  /** What onError received (code, status, retryAfter), or null for nothing. */
  onError: Partial<Pick<PingOneError, 'code' | 'status' | 'retryAfter'>> | null
  /** How many times each request was sent. */
  requests: Record<string, number>
}
type Row = { fault: string; on: FaultTarget; inject: Fault; times?: number; requestTimeout?: number; expected: Expected }

const always = Infinity
const authorize: FaultTarget = { endpoint: 'authorize' }
const check: FaultTarget = { endpoint: 'flow', action: 'usernamePassword.check' }
const resume: FaultTarget = { endpoint: 'resume' }
const interrupted = 'Sign-on interrupted'
const unavailable = 'PingOne is not available right now. Try again in a moment.'
const unreachable = 'PingOne could not be reached. Check your connection and try again.'
const notSetUp = 'This sign-on page is not set up correctly, so it cannot sign you on.'
const tooSlow = 'PingOne took too long to answer. Try again.'
const garbled = 'Something went wrong on our side. Start again to continue.'

async function typeCredentials(user: User) {
  await user.type(await screen.findByLabelText('Username'), 'demo')
  await user.type(screen.getByLabelText('Password'), 'Demo-Passw0rd!')
}

function mount(rules: FaultRule[], requestTimeout?: number) {
  const onError = vi.fn<(error: PingOneError) => void>()
  const onComplete = vi.fn<(result: SignOnResult) => void>()
  const view = renderSignOn(
    { onError, onComplete, ...(requestTimeout ? { requestTimeout } : {}) },
    { config: { ...defaultConfig, faults: rules } },
  )
  const count = (request: string) => view.requests.filter((r) => r === request).length
  return { ...view, onError, onComplete, count }
}

async function expectOutcome(view: ReturnType<typeof mount>, expected: Expected) {
  // The loading step is titled "Sign on" too: the form is there once its fields are.
  if (expected.heading === 'Sign on') await screen.findByLabelText('Username', {}, { timeout: 5000 })
  expect(await screen.findByRole('heading', { name: expected.heading }, { timeout: 5000 })).toBeInTheDocument()
  if (expected.message) expect(await screen.findByText(expected.message)).toBeInTheDocument()
  if (expected.onError) {
    await waitFor(() => expect(view.onError).toHaveBeenCalledWith(expect.objectContaining(expected.onError)))
    expect(view.onError).toHaveBeenCalledTimes(1)
  } else {
    expect(view.onError).not.toHaveBeenCalled()
  }
  for (const [request, times] of Object.entries(expected.requests)) expect(view.count(request), request).toBe(times)
}

describe('faults when the sign-on starts (GET authorize: a read, retried up to 3 times)', () => {
  const rows: Row[] = [
    { fault: 'HTTP 503, every time', on: authorize, inject: { kind: 'status', status: 503 }, times: always,
      expected: { heading: interrupted, message: unavailable, onError: { code: 'SERVICE_UNAVAILABLE', status: 503 }, requests: { 'GET /as/authorize': 3 } } },
    { fault: 'HTTP 500, every time', on: authorize, inject: { kind: 'status', status: 500 }, times: always,
      expected: { heading: interrupted, message: unavailable, onError: { code: 'UNEXPECTED_ERROR', status: 500 }, requests: { 'GET /as/authorize': 3 } } },
    { fault: "a gateway's HTML 502 page, once", on: authorize, inject: { kind: 'status', status: 502, body: 'html' },
      expected: { heading: 'Sign on', onError: null, requests: { 'GET /as/authorize': 2 } } },
    { fault: '429 with Retry-After: 1, once', on: authorize, inject: { kind: 'rateLimit', retryAfter: 1 },
      expected: { heading: 'Sign on', onError: null, requests: { 'GET /as/authorize': 2 } } },
    { fault: '429 with Retry-After: 60 (longer than the kit waits)', on: authorize, inject: { kind: 'rateLimit', retryAfter: 60 },
      expected: { heading: interrupted, message: 'Too many requests. Try again in 60 seconds.', onError: { code: 'REQUEST_LIMITED', status: 429, retryAfter: 60 }, requests: { 'GET /as/authorize': 1 } } },
    { fault: 'a slow answer (300 ms)', on: authorize, inject: { kind: 'delay', ms: 300 },
      expected: { heading: 'Sign on', onError: null, requests: { 'GET /as/authorize': 1 } } },
    { fault: 'no answer at all', on: authorize, inject: { kind: 'hang' }, times: always, requestTimeout: 300,
      expected: { heading: interrupted, message: tooSlow, onError: { code: 'TIMEOUT', status: 0 }, requests: { 'GET /as/authorize': 3 } } },
    { fault: 'malformed JSON', on: authorize, inject: { kind: 'malformedJson' },
      expected: { heading: interrupted, message: garbled, onError: { code: 'INVALID_RESPONSE', status: 0 }, requests: { 'GET /as/authorize': 1 } } },
    { fault: 'a flow without _links', on: authorize, inject: { kind: 'mutateFlow', remove: ['_links'] },
      expected: { heading: interrupted, message: garbled, onError: { code: 'INVALID_RESPONSE', status: 0 }, requests: { 'GET /as/authorize': 1 } } },
    { fault: 'a flow without an id', on: authorize, inject: { kind: 'mutateFlow', remove: ['id'] },
      expected: { heading: interrupted, message: garbled, onError: { code: 'INVALID_RESPONSE', status: 0 }, requests: { 'GET /as/authorize': 1 } } },
    { fault: 'an unknown status', on: authorize, inject: { kind: 'mutateFlow', set: { status: 'QUANTUM_PROOF_REQUIRED' } },
      expected: { heading: 'This step is not supported', message: /QUANTUM_PROOF_REQUIRED/, onError: null, requests: { 'GET /as/authorize': 1 } } },
    // PingOne answers a no-cors request meanwhile, so a refusal twice running is a set-up mistake.
    { fault: 'CORS refused, every time', on: authorize, inject: { kind: 'corsRefused' }, times: always,
      expected: { heading: interrupted, message: notSetUp, onError: { code: 'ORIGIN_NOT_ALLOWED', status: 0 }, requests: { 'GET /as/authorize': 2 } } },
    { fault: 'CORS refused once', on: authorize, inject: { kind: 'corsRefused' },
      expected: { heading: 'Sign on', onError: null, requests: { 'GET /as/authorize': 2 } } },
  ]
  for (const row of rows) {
    it(`${row.fault}: ${row.expected.heading}${row.expected.onError ? `, onError ${row.expected.onError.code}` : ''}`, async () => {
      const view = mount([{ on: row.on, fault: row.inject, times: row.times }], row.requestTimeout)
      await expectOutcome(view, row.expected)
      if (row.expected.heading !== interrupted) return
      // Recoverable: once PingOne is back, "Start again" gets a fresh sign-on.
      view.emulator.faults.clear()
      await view.user.click(screen.getByRole('button', { name: 'Start again' }))
      expect(await screen.findByLabelText('Username')).toHaveValue('')
    })
  }
})

describe('faults when the user signs on (POST usernamePassword.check: an action, never repeated)', () => {
  const rows: Row[] = [
    { fault: 'HTTP 503', on: check, inject: { kind: 'status', status: 503 },
      expected: { heading: 'Sign on', message: unavailable, onError: { code: 'SERVICE_UNAVAILABLE', status: 503 }, requests: { 'POST /flows/:id usernamePassword.check': 1, 'GET /flows/:id': 1 } } },
    { fault: "a gateway's HTML 502 page", on: check, inject: { kind: 'status', status: 502, body: 'html' },
      expected: { heading: 'Sign on', message: unavailable, onError: { code: 'SERVICE_UNAVAILABLE', status: 502 }, requests: { 'POST /flows/:id usernamePassword.check': 1, 'GET /flows/:id': 1 } } },
    { fault: '429 with Retry-After: 5', on: check, inject: { kind: 'rateLimit', retryAfter: 5 },
      expected: { heading: 'Sign on', message: 'Too many requests. Try again in 5 seconds.', onError: { code: 'REQUEST_LIMITED', status: 429, retryAfter: 5 }, requests: { 'POST /flows/:id usernamePassword.check': 1, 'GET /flows/:id': 0 } } },
    { fault: 'no answer at all', on: check, inject: { kind: 'hang' }, requestTimeout: 300,
      expected: { heading: 'Sign on', message: tooSlow, onError: { code: 'TIMEOUT', status: 0 }, requests: { 'POST /flows/:id usernamePassword.check': 1, 'GET /flows/:id': 1 } } },
    { fault: 'CORS refused', on: check, inject: { kind: 'corsRefused' },
      expected: { heading: 'Sign on', message: unreachable, onError: { code: 'NETWORK_ERROR', status: 0 }, requests: { 'POST /flows/:id usernamePassword.check': 1, 'GET /flows/:id': 1 } } },
  ]
  for (const row of rows) {
    it(`${row.fault}: the form says so, keeps the username, and signs on when sent again`, async () => {
      const view = mount([], row.requestTimeout)
      await typeCredentials(view.user)
      view.emulator.faults.add({ on: row.on, fault: row.inject, times: row.times })
      await view.user.click(screen.getByRole('button', { name: 'Sign on' }))

      expect(await screen.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent(row.expected.message as string)
      await expectOutcome(view, { ...row.expected, requests: {} })
      expect(screen.getByLabelText('Username')).toHaveValue('demo')
      expect(screen.getByLabelText('Password')).toHaveValue('')
      expect(countActions(view)).toEqual(row.expected.requests)

      view.emulator.faults.clear()
      await view.user.type(screen.getByLabelText('Password'), 'Demo-Passw0rd!')
      await view.user.click(screen.getByRole('button', { name: 'Sign on' }))
      await waitFor(() => expect(view.onComplete).toHaveBeenCalledTimes(1))
    })
  }

  it('a slow answer (300 ms): the button is busy, then the sign-on completes', async () => {
    const view = mount([])
    await typeCredentials(view.user)
    view.emulator.faults.add({ on: check, fault: { kind: 'delay', ms: 300 } })
    await view.user.click(screen.getByRole('button', { name: 'Sign on' }))
    expect(document.querySelector('[data-pending]')).not.toBeNull()
    await waitFor(() => expect(view.onComplete).toHaveBeenCalledTimes(1))
    expect(view.onError).not.toHaveBeenCalled()
    expect(countActions(view)['POST /flows/:id usernamePassword.check']).toBe(1)
  })

  const garbledAnswers: [string, Fault][] = [
    ['malformed JSON', { kind: 'malformedJson' }],
    ['a flow without _links', { kind: 'mutateFlow', remove: ['_links'] }],
  ]
  for (const [fault, inject] of garbledAnswers) {
    it(`${fault} after PingOne did sign the user on: the kit reads the flow again and completes`, async () => {
      const view = mount([])
      await typeCredentials(view.user)
      view.emulator.faults.add({ on: check, fault: inject })
      await view.user.click(screen.getByRole('button', { name: 'Sign on' }))

      await waitFor(() => expect(view.onComplete).toHaveBeenCalledTimes(1))
      expect(view.onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'INVALID_RESPONSE' }))
      expect(countActions(view)).toEqual({ 'POST /flows/:id usernamePassword.check': 1, 'GET /flows/:id': 1 })
    })
  }

  it('the flow expires between two steps: a new sign-on starts by itself, with the username', async () => {
    const view = mount([])
    await typeCredentials(view.user)
    view.emulator.faults.add({ on: check, fault: { kind: 'expireFlow' } })
    await view.user.click(screen.getByRole('button', { name: 'Sign on' }))

    expect(await screen.findByText(/Your sign-on timed out, so it started again\./)).toHaveAttribute('role', 'status')
    await screen.findByLabelText('Username')
    expect(screen.getByLabelText('Username')).toHaveValue('demo')
    expect(screen.getByLabelText('Password')).toHaveValue('')
    expect(view.onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'NOT_FOUND', status: 404 }))
    expect(view.count('GET /as/authorize')).toBe(2)
    expect(countActions(view)['POST /flows/:id usernamePassword.check']).toBe(1)
  })
})

describe('faults when the sign-on finishes (GET resume: a read)', () => {
  async function signOn(rules: FaultRule[], requestTimeout?: number) {
    const view = mount([], requestTimeout)
    await typeCredentials(view.user)
    for (const rule of rules) view.emulator.faults.add(rule)
    await view.user.click(screen.getByRole('button', { name: 'Sign on' }))
    return view
  }

  it('HTTP 503 once: resume is repeated and the code delivered once', async () => {
    const view = await signOn([{ on: resume, fault: { kind: 'status', status: 503 } }])
    await waitFor(() => expect(view.onComplete).toHaveBeenCalledTimes(1))
    expect(view.onError).not.toHaveBeenCalled()
    expect(view.count('GET /as/resume')).toBe(2)
  })

  it('the session cookie is missing: the error is shown, nothing delivered, resume not repeated', async () => {
    const view = await signOn([{ on: resume, fault: { kind: 'dropSession' } }])
    await expectOutcome(view, { heading: interrupted, onError: { status: 401 }, requests: { 'GET /as/resume': 1 } })
    expect(view.onComplete).not.toHaveBeenCalled()
  })

  it('no answer at all: resume is tried 3 times, then the user can start again', async () => {
    const view = await signOn([{ on: resume, fault: { kind: 'hang' }, times: always }], 300)
    await expectOutcome(view, { heading: interrupted, message: tooSlow, onError: { code: 'TIMEOUT' }, requests: { 'GET /as/resume': 3 } })
    expect(view.onComplete).not.toHaveBeenCalled()
  })

  it('the flow expires before resume: a new sign-on starts and completes on the PingOne session', async () => {
    const view = await signOn([{ on: resume, fault: { kind: 'expireFlow' } }])
    await waitFor(() => expect(view.onComplete).toHaveBeenCalledTimes(1))
    expect(view.onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'NOT_FOUND', status: 404 }))
    expect(view.count('GET /as/authorize')).toBe(2)
  })
})

describe('faults at the token endpoint (the host app redeems the code)', () => {
  for (const kind of ['replayCode', 'expireCode'] as const) {
    it(`${kind}: the host gets invalid_grant; the kit delivered the code once`, async () => {
      const view = mount([{ on: { endpoint: 'token' }, fault: { kind } }])
      await typeCredentials(view.user)
      await view.user.click(screen.getByRole('button', { name: 'Sign on' }))
      await waitFor(() => expect(view.onComplete).toHaveBeenCalledTimes(1))
      const answer = await redeem(view.onComplete.mock.calls[0]![0])
      expect(answer).toMatchObject({ status: 400, body: { error: 'invalid_grant' } })
      expect(view.onComplete).toHaveBeenCalledTimes(1)
    })
  }
})

/** The flow requests sent, with the flow id left out. */
function countActions(view: ReturnType<typeof mount>) {
  const counts: Record<string, number> = { 'GET /flows/:id': 0 }
  for (const request of view.requests) {
    const match = /^(GET|POST) \/flows\/[^ ]+( .+)?$/.exec(request)
    if (!match) continue
    const name = `${match[1]} /flows/:id${match[2] ?? ''}`
    counts[name] = (counts[name] ?? 0) + 1
  }
  return counts
}
