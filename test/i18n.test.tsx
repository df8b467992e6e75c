import { screen, waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { loadCatalogue } from '../src/messages/catalogue'
import { authBaseUrl, environmentId, renderSignOn } from './render'

const flowUrl = `${authBaseUrl}/${environmentId}/flows/:flowId`

/** A PingOne error for the password field with a code the kit has no message for. */
const unknownCode = () =>
  HttpResponse.json(
    {
      id: 'e1',
      code: 'INVALID_DATA',
      message: 'The request could not be completed.',
      details: [{ code: 'QUANTUM_REQUIRED', target: 'password', message: 'A quantum-safe password is required.' }],
    },
    { status: 400 },
  )

describe('messages', () => {
  it('takes the host’s words per key, over the catalogue', async () => {
    renderSignOn({ messages: { en: { 'usernamePassword.submit': 'Log in', 'fields.username': 'Email or username' } } })
    expect(await screen.findByRole('button', { name: 'Log in' })).toBeInTheDocument()
    expect(screen.getByLabelText('Email or username')).toBeInTheDocument()
    // Keys the host did not override keep the kit's words.
    expect(screen.getByRole('heading', { name: 'Sign on' })).toBeInTheDocument()
  })

  it("applies '*' to every locale, and a locale's own overrides before it", async () => {
    renderSignOn({
      messages: {
        '*': { 'usernamePassword.forgotPassword': 'Lost it?', 'usernamePassword.submit': 'Go' },
        en: { 'usernamePassword.submit': 'Log in' },
        fr: { 'usernamePassword.submit': 'Connexion' },
      },
    })
    expect(await screen.findByRole('button', { name: 'Log in' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Lost it?' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Connexion' })).toBeNull()
  })

  it('adds a locale the kit does not ship, falling back to English per key', async () => {
    const { container } = renderSignOn({ locale: 'eo', messages: { eo: { 'usernamePassword.title': 'Ensaluti' } } })
    expect(await screen.findByRole('heading', { name: 'Ensaluti' })).toBeInTheDocument()
    expect(screen.getByLabelText('Username')).toBeInTheDocument()
    expect(container.querySelector('[data-pingone-signon]')).toHaveAttribute('lang', 'eo')
  })

  it('maps a PingOne error code the kit does not know through error.<CODE>.<target>', async () => {
    const { user } = renderSignOn(
      { messages: { '*': { 'error.QUANTUM_REQUIRED.password': 'Use a quantum-safe password.' } } },
      { overrides: [http.post(flowUrl, unknownCode, { once: true })] },
    )
    await user.type(await screen.findByLabelText('Username'), 'demo')
    await user.type(screen.getByLabelText('Password'), 'Demo-Passw0rd!')
    await user.click(screen.getByRole('button', { name: 'Sign on' }))
    await waitFor(() => expect(screen.getByLabelText('Password')).toHaveAccessibleDescription('Use a quantum-safe password.'))
  })

  it('falls back to PingOne’s own message for a code nobody mapped', async () => {
    const { user } = renderSignOn({}, { overrides: [http.post(flowUrl, unknownCode, { once: true })] })
    await user.type(await screen.findByLabelText('Username'), 'demo')
    await user.type(screen.getByLabelText('Password'), 'Demo-Passw0rd!')
    await user.click(screen.getByRole('button', { name: 'Sign on' }))
    await waitFor(() =>
      expect(screen.getByLabelText('Password')).toHaveAccessibleDescription('A quantum-safe password is required.'),
    )
  })
})

describe('locales', () => {
  it('loads the German catalogue on demand for de-AT', async () => {
    const de = await loadCatalogue('de')
    const title = de['usernamePassword.title']
    const username = de['fields.username']
    if (typeof title !== 'string' || typeof username !== 'string') throw new Error('German messages must be text')
    const { container } = renderSignOn({ locale: 'de-AT' })
    // The loading step has the same title, so wait for the form's field before the heading.
    expect(await screen.findByLabelText(username)).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: title })).toBeInTheDocument()
    const root = container.querySelector('[data-pingone-signon]')
    expect(root).toHaveAttribute('lang', 'de')
    expect(root).toHaveAttribute('dir', 'ltr')
  })

  it('lays out Arabic right to left', async () => {
    const ar = await loadCatalogue('ar')
    const { container } = renderSignOn({ locale: 'ar' })
    expect(await screen.findByRole('heading', { name: ar['usernamePassword.title'] as string })).toBeInTheDocument()
    const root = container.querySelector('[data-pingone-signon]')
    expect(root).toHaveAttribute('dir', 'rtl')
    expect(root).toHaveAttribute('lang', 'ar')
  })

  it('lets the host force the direction', async () => {
    const { container } = renderSignOn({ dir: 'rtl' })
    await screen.findByLabelText('Username')
    expect(container.querySelector('[data-pingone-signon]')).toHaveAttribute('dir', 'rtl')
  })
})
