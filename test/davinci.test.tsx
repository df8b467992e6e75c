import { screen, waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import type { PingOneError } from '../src'
import usernamePassword from './fixtures/davinci/continue__authorize__customHTMLTemplate-username-password.json'
import passwordReset from './fixtures/davinci/continue__customHTMLTemplate__password-reset.json'
import pingOneForms from './fixtures/davinci/continue__pingone-forms-customForm__basic-fields.json'
import { authBaseUrl, environmentId, renderSignOn, withApplication } from './render'

// An application bound to a DaVinci flow policy answers a pi.flow authorize with DaVinci's JSON
// (shared/davinci/fixtures): the kit, which renders the flows API, says so clearly.

const message = 'This app signs on with a PingOne DaVinci flow, which this page cannot show.'

async function expectDaVinciScreen(onError: ReturnType<typeof vi.fn<(error: PingOneError) => void>>) {
  expect(await screen.findByRole('heading', { name: 'Sign-on interrupted' })).toBeInTheDocument()
  expect(screen.getByRole('alert')).toHaveTextContent(message)
  expect(screen.getByRole('button', { name: 'Start again' })).toBeInTheDocument()
  await waitFor(() => expect(onError).toHaveBeenCalledTimes(1))
  expect(onError.mock.calls[0]![0]).toMatchObject({ code: 'DAVINCI_FLOW', isTransient: false, isConfigError: true })
}

describe('an application bound to a DaVinci flow policy', () => {
  it('gets a screen that says so, once, with no retry, from the emulator\'s DaVinci application', async () => {
    const onError = vi.fn<(error: PingOneError) => void>()
    const { requests } = renderSignOn({ onError }, { config: withApplication({ davinci: true }) })
    await expectDaVinciScreen(onError)
    expect(requests).toEqual(['GET /as/authorize'])
  })

  it.each([
    ['a username and password form', usernamePassword],
    ['a password reset form', passwordReset],
    ['a PingOne Forms form', pingOneForms],
  ])('gets the same screen for DaVinci\'s own %s', async (_, body) => {
    const onError = vi.fn<(error: PingOneError) => void>()
    const authorize = http.get(`${authBaseUrl}/${environmentId}/as/authorize`, () => HttpResponse.json(body), { once: true })
    renderSignOn({ onError }, { overrides: [authorize] })
    await expectDaVinciScreen(onError)
    // Nothing DaVinci wrote reaches the page.
    expect(document.body).not.toHaveTextContent(/Username\/Password Form|Sign On|Having trouble/)
  })
})
