import { screen, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { CurrentStep, useResume, type ButtonProps, type LinkProps, type StepProps } from '../src'
import { renderSignOn } from './render'

function BrandButton(props: ButtonProps) {
  return <button {...props} data-brand="acme" />
}

function BrandLink(props: LinkProps) {
  return <button {...props} data-brand="acme-link" />
}

describe('customising through components', () => {
  it('restyles every screen through a primitive slot', async () => {
    renderSignOn({ components: { Button: BrandButton, Link: BrandLink } })
    const button = await screen.findByRole('button', { name: 'Sign on' })
    expect(button).toHaveAttribute('data-brand', 'acme')
    // In-page actions that look like links have their own slot, and so do the provider buttons.
    expect(screen.getByRole('button', { name: 'Forgot password?' })).toHaveAttribute('data-brand', 'acme-link')
    expect(screen.getByRole('button', { name: 'Continue with Acme ID' })).toHaveAttribute('data-slot', 'social-button')
  })

  it('replaces a whole step and drives the flow with act', async () => {
    function QuickStep({ act, isPending }: StepProps<'usernamePassword'>) {
      return (
        <button disabled={isPending} onClick={() => act('usernamePassword.check', { username: 'demo', password: 'Demo-Passw0rd!' })}>
          One-click demo sign-on
        </button>
      )
    }
    const onComplete = vi.fn()
    const { user } = renderSignOn({ components: { UsernamePasswordStep: QuickStep }, onComplete })
    await user.click(await screen.findByRole('button', { name: 'One-click demo sign-on' }))
    await waitFor(() => expect(onComplete).toHaveBeenCalledTimes(1))
  })

  it('shows a loading state, then marks the step with data-step', async () => {
    const { container } = renderSignOn()
    expect(screen.getByRole('status')).toHaveTextContent('Loading')
    await screen.findByLabelText('Username')
    expect(container.querySelector('[data-step="usernamePassword"]')).not.toBeNull()
  })
})

describe('useResume', () => {
  it('hands the result to any component inside the provider', async () => {
    function Outcome() {
      const { result, isResuming } = useResume()
      if (isResuming) return <p>Finishing…</p>
      return result ? <p>Code for {result.redirectUri}</p> : <CurrentStep />
    }
    const { user } = renderSignOn({ children: <Outcome /> })
    await user.type(await screen.findByLabelText('Username'), 'demo')
    await user.type(screen.getByLabelText('Password'), 'Demo-Passw0rd!')
    await user.click(screen.getByRole('button', { name: 'Sign on' }))
    expect(await screen.findByText('Code for http://localhost:5173/')).toBeInTheDocument()
  })
})
