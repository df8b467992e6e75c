import { screen, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import type { SignOnResult } from '../src'
import { renderSignOn } from './render'

describe('signing in with username and password', () => {
  it('delivers the code with its PKCE verifier after authorize, check and resume', async () => {
    const onComplete = vi.fn<(result: SignOnResult) => void>()
    const { user, requests } = renderSignOn({ onComplete })

    await user.type(await screen.findByLabelText('Username'), 'demo')
    await user.type(screen.getByLabelText('Password'), 'Demo-Passw0rd!')
    await user.click(screen.getByRole('button', { name: 'Sign on' }))

    await waitFor(() => expect(onComplete).toHaveBeenCalledTimes(1))
    const result = onComplete.mock.calls[0]![0]
    expect(result.code).toMatch(/\S{16,}/)
    expect(result.codeVerifier).toMatch(/^[A-Za-z0-9_-]{43,128}$/)
    expect(result.redirectUri).toBe('http://localhost:5173/')
    expect(requests).toEqual([
      'GET /as/authorize',
      expect.stringMatching(/^POST \/flows\/.+ usernamePassword\.check$/),
      'GET /as/resume',
    ])
    expect(screen.getByRole('heading', { name: 'Signing you in' })).toBeInTheDocument()
  })
})
