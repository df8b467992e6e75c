import { screen, waitFor } from '@testing-library/react'
import type { ReactElement } from 'react'
import { describe, expect, it, vi } from 'vitest'
import type { SignOnResult } from '../src'
import { defaultConfig } from '../emulator'
import { redeem, renderSignOn, withApplication } from './render'
import { server } from './setup'

describe('signing in with username and password', () => {
  it('delivers the code with its PKCE verifier after authorize, check and resume', async () => {
    const onComplete = vi.fn<(result: SignOnResult) => void>()
    const { user, requests } = renderSignOn({ onComplete })

    await user.type(await screen.findByLabelText('Username'), 'demo')
    await user.type(screen.getByLabelText('Password'), 'Demo-Passw0rd!')
    await user.click(screen.getByRole('button', { name: 'Sign on' }))

    await waitFor(() => expect(onComplete).toHaveBeenCalledTimes(1))
    const result = onComplete.mock.calls[0]![0]
    expect(result.codeVerifier).toMatch(/^[A-Za-z0-9_-]{43,128}$/)
    expect(result.redirectUri).toBe('http://localhost:5173/')
    expect(requests).toEqual([
      'GET /as/authorize',
      expect.stringMatching(/^POST \/flows\/.+ usernamePassword\.check$/),
      'GET /as/resume',
    ])
    expect(screen.getByRole('heading', { name: 'Signing you in' })).toBeInTheDocument()
    const tokens = await redeem(result)
    expect(tokens.status).toBe(200)
    expect(tokens.body.token_type).toBe('Bearer')
  })
})

describe('what the kit sends PingOne', () => {
  it('asks for no type PingOne refuses (Accept: application/json is a 406) and names every action by its media type', async () => {
    const onComplete = vi.fn()
    const { user } = renderSignOn({ onComplete })
    const sent: string[] = []
    server.events.on('request:start', ({ request }) => {
      sent.push(`${request.method} accept=${request.headers.get('accept') ?? '-'} type=${request.headers.get('content-type') ?? '-'}`)
    })
    await user.type(await screen.findByLabelText('Username'), 'demo')
    await user.type(screen.getByLabelText('Password'), 'Demo-Passw0rd!')
    await user.click(screen.getByRole('button', { name: 'Sign on' }))
    await waitFor(() => expect(onComplete).toHaveBeenCalledTimes(1))
    // No Accept of the kit's own: the browser sends its default, any type.
    expect(sent).toEqual([
      'GET accept=- type=-',
      'POST accept=- type=application/vnd.pingidentity.usernamePassword.check+json',
      'GET accept=- type=-',
    ])
  })
})

describe('signing in when a step goes wrong', () => {
  it('says a wrong password is a wrong username or password, as PingOne does; keeps the username and clears the password', async () => {
    const { user } = renderSignOn()
    await user.type(await screen.findByLabelText('Username'), 'demo')
    await user.type(screen.getByLabelText('Password'), 'not-the-password')
    await user.click(screen.getByRole('button', { name: 'Sign on' }))

    expect(await screen.findByRole('alert')).toHaveTextContent('Incorrect username or password.')
    const password = screen.getByLabelText('Password')
    expect(password).toHaveValue('')
    expect(password).toHaveFocus()
    expect(screen.getByLabelText('Username')).toHaveValue('demo')
  })

  it('shows a wrong password on the password field with the attempts left, where the tenant says so (INVALID_VALUE)', async () => {
    const { user } = renderSignOn({}, { config: { ...defaultConfig, wrongPassword: 'INVALID_VALUE' } })
    await user.type(await screen.findByLabelText('Username'), 'demo')
    await user.type(screen.getByLabelText('Password'), 'not-the-password')
    await user.click(screen.getByRole('button', { name: 'Sign on' }))

    const password = screen.getByLabelText('Password')
    await waitFor(() => expect(password).toHaveAccessibleDescription(/Incorrect password. 4 attempts left/))
    expect(password).toHaveAttribute('aria-invalid', 'true')
    expect(password).toHaveValue('')
    expect(password).toHaveFocus()
    expect(screen.getByLabelText('Username')).toHaveValue('demo')
    expect(screen.getByRole('alert')).toHaveTextContent('Incorrect password')
  })

  it('names an unknown user above the form without saying which part was wrong', async () => {
    const { user } = renderSignOn()
    await user.type(await screen.findByLabelText('Username'), 'nobody')
    await user.type(screen.getByLabelText('Password'), 'whatever')
    await user.click(screen.getByRole('button', { name: 'Sign on' }))

    expect(await screen.findByRole('alert')).toHaveTextContent('Incorrect username or password.')
    expect(screen.getByLabelText('Username')).toHaveValue('nobody')
    expect(screen.getByLabelText('Password')).toHaveValue('')
  })

  it('locks the account after too many wrong passwords, even for the right one', async () => {
    const config = { ...withApplication({}), lockout: { failures: 2, seconds: 300 }, wrongPassword: 'INVALID_VALUE' as const }
    const { user } = renderSignOn({}, { config })
    const attempt = async (password: string) => {
      await user.clear(screen.getByLabelText('Username'))
      await user.type(screen.getByLabelText('Username'), 'demo')
      await user.type(screen.getByLabelText('Password'), password)
      await user.click(screen.getByRole('button', { name: 'Sign on' }))
    }
    await screen.findByLabelText('Username')
    await attempt('wrong-1')
    await screen.findByText(/1 attempt left/)
    await attempt('wrong-2')
    expect(await screen.findByRole('alert')).toHaveTextContent('Too many failed attempts. Try again in 5 minutes.')
    await attempt('Demo-Passw0rd!')
    await waitFor(() => expect(screen.getByLabelText('Password')).toHaveValue(''))
    expect(screen.getByRole('alert')).toHaveTextContent('Too many failed attempts')
  })

  it('asks for the fields PingOne needs before sending anything', async () => {
    const { user, requests } = renderSignOn()
    await user.click(await screen.findByRole('button', { name: 'Sign on' }))
    expect(screen.getByLabelText('Username')).toHaveAccessibleDescription('Enter your username.')
    expect(screen.getByLabelText('Username')).toHaveFocus()
    expect(requests).toEqual(['GET /as/authorize'])
  })
})

describe('identifier-first sign-on', () => {
  it('asks for the username, then the password, in four calls', async () => {
    const onComplete = vi.fn()
    const { user, requests } = renderSignOn({ onComplete }, { config: withApplication({ signOnPolicy: 'identifierFirst' }) })

    await user.type(await screen.findByLabelText('Username'), 'demo')
    await user.click(screen.getByRole('button', { name: 'Next' }))
    expect(await screen.findByRole('heading', { name: 'Enter your password' })).toHaveFocus()
    expect(screen.getByText('Signing on as demo')).toBeInTheDocument()
    await user.type(screen.getByLabelText('Password'), 'Demo-Passw0rd!')
    await user.click(screen.getByRole('button', { name: 'Sign on' }))

    await waitFor(() => expect(onComplete).toHaveBeenCalledTimes(1))
    expect(requests.map((r) => r.replace(/\/flows\/\S+/, '/flows/:id'))).toEqual([
      'GET /as/authorize',
      'POST /flows/:id user.lookup',
      'POST /flows/:id usernamePassword.check',
      'GET /as/resume',
    ])
  })

  it('leaves focus on the host page as the first step appears, and takes it to each later step’s heading', async () => {
    const hostPage = (ui: ReactElement) => (
      <>
        <button type="button">Host menu</button>
        {ui}
      </>
    )
    const { user } = renderSignOn({}, { config: withApplication({ signOnPolicy: 'identifierFirst' }), wrap: hostPage })
    screen.getByRole('button', { name: 'Host menu' }).focus()

    const username = await screen.findByLabelText('Username')
    expect(screen.getByRole('button', { name: 'Host menu' })).toHaveFocus()
    await user.type(username, 'demo')
    await user.click(screen.getByRole('button', { name: 'Next' }))
    expect(await screen.findByRole('heading', { name: 'Enter your password' })).toHaveFocus()
  })

  it('lets the user switch account', async () => {
    const { user } = renderSignOn({}, { config: withApplication({ signOnPolicy: 'identifierFirst' }) })
    await user.type(await screen.findByLabelText('Username'), 'demo')
    await user.click(screen.getByRole('button', { name: 'Next' }))
    await user.click(await screen.findByRole('button', { name: 'Sign on as someone else' }))
    expect(await screen.findByRole('button', { name: 'Next' })).toBeInTheDocument()
  })
})
