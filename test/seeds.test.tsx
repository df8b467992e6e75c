import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import { seeds } from './fixtures'
import { authBaseUrl, environmentId, renderSignOn } from './render'

// The three responses this project was founded on, served exactly as PingOne sent them.
describe('the seed responses', () => {
  it('seed 004: identifier-first with one button per social provider', async () => {
    renderSignOn(
      {},
      { overrides: [http.get(`${authBaseUrl}/${environmentId}/as/authorize`, () => HttpResponse.json(seeds.authorizeSocial))] },
    )
    expect(await screen.findByLabelText('Username')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Next' })).toBeInTheDocument()
    const providers = within(screen.getByRole('group', { name: 'Other ways to sign on' }))
    expect(providers.getAllByRole('button')).toHaveLength(1)
    expect(providers.getByRole('button', { name: 'Continue with IdentityProvider_1776714374' })).toBeInTheDocument()
  })

  it.each([
    ['seed 000', seeds.resume],
    ['seed 001 (PKCE)', seeds.resumePkce],
  ])('%s: the resume answer delivers its code', async (_name, resumeResponse) => {
    const onComplete = vi.fn()
    const { user } = renderSignOn(
      { onComplete },
      { overrides: [http.get(`${authBaseUrl}/${environmentId}/as/resume`, () => HttpResponse.json(resumeResponse))] },
    )
    await user.type(await screen.findByLabelText('Username'), 'demo')
    await user.type(screen.getByLabelText('Password'), 'Demo-Passw0rd!')
    await user.click(screen.getByRole('button', { name: 'Sign on' }))

    await waitFor(() => expect(onComplete).toHaveBeenCalledTimes(1))
    expect(onComplete.mock.calls[0]![0]).toEqual(
      expect.objectContaining({ code: resumeResponse.authorizeResponse!.code, redirectUri: 'http://localhost:5173/' }),
    )
  })
})
