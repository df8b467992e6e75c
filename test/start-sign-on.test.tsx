import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { StrictMode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { PingOneSignOn, startSignOn } from '../src'
import { mountEmulator, propsFor, redeem } from './render'

const authorizes = (requests: string[]) => requests.filter((r) => r === 'GET /as/authorize').length

async function signIn() {
  const user = userEvent.setup()
  await user.type(await screen.findByLabelText('Username'), 'demo')
  await user.type(screen.getByLabelText('Password'), 'Demo-Passw0rd!')
  await user.click(screen.getByRole('button', { name: 'Sign on' }))
}

describe('startSignOn: the authorize sent before React renders', () => {
  it('shows the first step on the first render when PingOne has answered, and signs on with that flow', async () => {
    const { requests } = mountEmulator()
    const started = startSignOn(propsFor())
    await started.settled
    const onComplete = vi.fn()
    render(<PingOneSignOn {...propsFor()} started={started} onComplete={onComplete} />)
    // No loading step in between: the form is there at once.
    expect(screen.getByLabelText('Username')).toBeInTheDocument()
    await signIn()
    await waitFor(() => expect(onComplete).toHaveBeenCalledTimes(1))
    expect(authorizes(requests)).toBe(1)
    const tokens = await redeem(onComplete.mock.calls[0]![0])
    expect(tokens.status).toBe(200)
  })

  it('waits for an authorize still under way, under StrictMode, without sending another', async () => {
    const { requests } = mountEmulator()
    const started = startSignOn(propsFor())
    render(
      <StrictMode>
        <PingOneSignOn {...propsFor()} started={started} />
      </StrictMode>,
    )
    expect(screen.getByRole('heading', { name: 'Sign on' })).toBeInTheDocument()
    expect(await screen.findByLabelText('Username')).toBeInTheDocument()
    expect(authorizes(requests)).toBe(1)
  })

  it('shows a failed start with Start again, which starts a new sign-on', async () => {
    const { emulator, requests } = mountEmulator()
    const remove = emulator.faults.add({
      on: { endpoint: 'authorize' },
      fault: { kind: 'status', status: 503 },
      times: Infinity,
    })
    const started = startSignOn(propsFor())
    const onError = vi.fn()
    render(<PingOneSignOn {...propsFor()} started={started} onError={onError} />)
    // Reads are tried three times, with backoff, before the failure shows.
    expect(await screen.findByRole('heading', { name: 'Sign-on interrupted' }, { timeout: 5000 })).toBeInTheDocument()
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'SERVICE_UNAVAILABLE' }))
    remove()
    await userEvent.setup().click(screen.getByRole('button', { name: 'Start again' }))
    expect(await screen.findByLabelText('Username')).toBeInTheDocument()
    // Three tries for the early start (reads are retried), then one for Start again.
    expect(authorizes(requests)).toBe(4)
  })

  it('gives up on an authorize that takes longer than its requestTimeout, as the provider would', async () => {
    const { emulator } = mountEmulator()
    emulator.faults.add({ on: { endpoint: 'authorize' }, fault: { kind: 'hang' }, times: Infinity })
    const started = startSignOn({ ...propsFor(), requestTimeout: 300 })
    const onError = vi.fn()
    render(<PingOneSignOn {...propsFor()} requestTimeout={300} started={started} onError={onError} />)
    // Three tries of 300 ms each, with backoff between them.
    expect(await screen.findByRole('heading', { name: 'Sign-on interrupted' }, { timeout: 5000 })).toBeInTheDocument()
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'TIMEOUT' }))
  })

  it('is taken over by one provider only: one mounted later starts its own sign-on', async () => {
    const { requests } = mountEmulator()
    const started = startSignOn(propsFor())
    await started.settled
    const first = render(<PingOneSignOn {...propsFor()} started={started} />)
    expect(screen.getByLabelText('Username')).toBeInTheDocument()
    first.unmount()
    render(<PingOneSignOn {...propsFor()} started={started} />)
    expect(screen.getByRole('heading', { name: 'Sign on' })).toBeInTheDocument()
    expect(screen.queryByLabelText('Username')).not.toBeInTheDocument()
    expect(await screen.findByLabelText('Username')).toBeInTheDocument()
    expect(authorizes(requests)).toBe(2)
  })

  it('is ignored by a provider with another config, which starts its own sign-on', async () => {
    const { requests } = mountEmulator()
    const started = startSignOn({ ...propsFor(), scope: 'openid profile' })
    await started.settled
    const onComplete = vi.fn()
    render(<PingOneSignOn {...propsFor()} started={started} onComplete={onComplete} />)
    await signIn()
    await waitFor(() => expect(onComplete).toHaveBeenCalledTimes(1))
    expect(authorizes(requests)).toBe(2)
  })
})
