import { screen } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import { authBaseUrl, environmentId, renderSignOn } from './render'

describe('a FAILED flow', () => {
  it('says in plain words that declining the terms ended the sign-on, and starts again', async () => {
    const onComplete = vi.fn()
    const { user, requests } = renderSignOn({ onComplete })
    await user.type(await screen.findByLabelText('Username'), 'terms')
    await user.type(screen.getByLabelText('Password'), 'Demo-Passw0rd!')
    await user.click(screen.getByRole('button', { name: 'Sign on' }))
    await user.click(await screen.findByRole('button', { name: 'Decline' }))

    expect(await screen.findByRole('heading', { name: 'Sign-on failed' })).toHaveFocus()
    expect(screen.getByRole('alert')).toHaveTextContent('You declined the terms, so the sign-on ended.')
    expect(screen.getByText('The user declined the agreement "Terms of service".')).toBeInTheDocument()
    expect(requests.filter((r) => r.includes('/as/resume'))).toHaveLength(0)
    expect(onComplete).not.toHaveBeenCalled()

    await user.click(screen.getByRole('button', { name: 'Start again' }))
    expect(await screen.findByRole('button', { name: 'Sign on' })).toBeInTheDocument()
    expect(requests.filter((r) => r === 'GET /as/authorize')).toHaveLength(2)
  })

  it('shows PingOne’s own message, as text, for a reason the kit does not know', async () => {
    const flowId = '0f0e0d0c-0b0a-4909-8807-060504030201'
    const failed = {
      id: flowId,
      status: 'FAILED',
      _links: { self: { href: `${authBaseUrl}/${environmentId}/flows/${flowId}` } },
      resumeUrl: `${authBaseUrl}/${environmentId}/as/resume?flowId=${flowId}`,
      error: { code: 'SOMETHING_NEW', message: '<b>Policy</b> stopped this sign-on.' },
    }
    renderSignOn(
      { flowId },
      { overrides: [http.get(`${authBaseUrl}/${environmentId}/flows/${flowId}`, () => HttpResponse.json(failed))] },
    )
    expect(await screen.findByRole('alert')).toHaveTextContent('<b>Policy</b> stopped this sign-on.')
    expect(document.querySelector('b')).toBeNull()
  })
})
