import { screen, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import type { StepProps } from '../src'
import { renderSignOn } from './render'

describe('a step that throws while it renders', () => {
  it('shows why, with Start again, tells onError, and starts a sign-on that goes on', async () => {
    // A custom slot with a bug that shows only once: the page must not go blank.
    let broken = true
    function FlakyStep({ act, isPending }: StepProps<'usernamePassword'>) {
      if (broken) throw new Error('Cannot read properties of undefined')
      return (
        <button disabled={isPending} onClick={() => act('usernamePassword.check', { username: 'demo', password: 'Demo-Passw0rd!' })}>
          Sign on as demo
        </button>
      )
    }
    const onError = vi.fn()
    const onComplete = vi.fn()
    // React reports what a boundary caught on the console; that is React's, not the kit's.
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const { user, requests } = renderSignOn({ components: { UsernamePasswordStep: FlakyStep }, onError, onComplete })
    expect(await screen.findByRole('heading', { name: 'Sign-on interrupted' })).toBeInTheDocument()
    expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong on our side. Start again to continue.')
    await waitFor(() =>
      expect(onError).toHaveBeenCalledWith(
        expect.objectContaining({ code: 'UNEXPECTED_ERROR', message: 'Cannot read properties of undefined' }),
      ),
    )
    broken = false
    await user.click(screen.getByRole('button', { name: 'Start again' }))
    await user.click(await screen.findByRole('button', { name: 'Sign on as demo' }))
    await waitFor(() => expect(onComplete).toHaveBeenCalledTimes(1))
    expect(requests.filter((request) => request.startsWith('GET /as/authorize'))).toHaveLength(2)
  })
})
