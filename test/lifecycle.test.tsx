import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { act, render, screen, waitFor } from '@testing-library/react'
import { http } from 'msw'
import { StrictMode, type ReactElement } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { PingOneSignOn } from '../src'
import { authBaseUrl, environmentId, propsFor, renderSignOn } from './render'

async function signIn(user: ReturnType<typeof renderSignOn>['user']) {
  await user.type(await screen.findByLabelText('Username'), 'demo')
  await user.type(screen.getByLabelText('Password'), 'Demo-Passw0rd!')
  await user.click(screen.getByRole('button', { name: 'Sign on' }))
}

describe('one sign-on per mount', () => {
  it('authorizes once and delivers once under StrictMode', async () => {
    const onComplete = vi.fn()
    const { user, requests } = renderSignOn({ onComplete }, { wrap: (ui) => <StrictMode>{ui}</StrictMode> })
    await signIn(user)
    await waitFor(() => expect(onComplete).toHaveBeenCalledTimes(1))
    expect(requests.filter((r) => r === 'GET /as/authorize')).toHaveLength(1)
    expect(requests.filter((r) => r === 'GET /as/resume')).toHaveLength(1)
  })

  it('does not call PingOne again when the window regains focus or the network returns', async () => {
    const { requests } = renderSignOn()
    await screen.findByLabelText('Username')
    await act(async () => {
      window.dispatchEvent(new Event('focus'))
      document.dispatchEvent(new Event('visibilitychange'))
      window.dispatchEvent(new Event('online'))
      await new Promise((resolve) => setTimeout(resolve, 50))
    })
    expect(requests).toEqual(['GET /as/authorize'])
  })

  it('works inside the host app’s QueryClientProvider without touching its cache', async () => {
    const hostClient = new QueryClient()
    const wrap = (ui: ReactElement) => <QueryClientProvider client={hostClient}>{ui}</QueryClientProvider>
    const onComplete = vi.fn()
    const { user } = renderSignOn({ onComplete }, { wrap })
    await signIn(user)
    await waitFor(() => expect(onComplete).toHaveBeenCalledTimes(1))
    expect(hostClient.getQueryCache().getAll()).toHaveLength(0)
    expect(hostClient.getMutationCache().getAll()).toHaveLength(0)
  })
})

describe('leaving the page', () => {
  it('cancels the request in flight when the provider unmounts, and reports nothing', async () => {
    let reach: () => void = () => undefined
    let cancel: () => void = () => undefined
    const reached = new Promise<void>((resolve) => (reach = resolve))
    const cancelled = new Promise<void>((resolve) => (cancel = resolve))
    const unanswered = http.get(`${authBaseUrl}/${environmentId}/as/authorize`, ({ request }) => {
      request.signal.addEventListener('abort', cancel)
      reach()
      return new Promise<Response>(() => undefined)
    })
    const onError = vi.fn()
    const { unmount } = renderSignOn({ onError }, { overrides: [unanswered] })
    await reached
    unmount()
    await cancelled
    expect(onError).not.toHaveBeenCalled()
  })
})

describe('an existing PingOne session', () => {
  it('completes without a form when authorize answers COMPLETED (single sign-on)', async () => {
    const first = vi.fn()
    const { user, unmount, requests } = renderSignOn({ onComplete: first })
    await signIn(user)
    await waitFor(() => expect(first).toHaveBeenCalledTimes(1))
    unmount()

    // Same browser (the MSW jar keeps the ST cookie), a new visit to the sign-on page.
    const second = vi.fn()
    render(<PingOneSignOn {...propsFor()} onComplete={second} />)
    await waitFor(() => expect(second).toHaveBeenCalledTimes(1))
    expect(screen.queryByLabelText('Password')).toBeNull()
    expect(second.mock.calls[0]![0].code).not.toBe(first.mock.calls[0]![0].code)
    expect(requests.slice(-2)).toEqual(['GET /as/authorize', 'GET /as/resume'])
  })
})
