import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { setupServer } from 'msw/node'
import type { SignOnConfig, SignOnResult } from 'pingone-signon-react'
import { createEmulator, defaultConfig } from 'pingone-signon-react/emulator'
import { createEmulatorHandlers } from 'pingone-signon-react/emulator/msw'
import { redeemCode } from 'pingone-signon-react/token'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { SignIn } from './SignIn'

// A fake PingOne, mounted where the real one lives: the kit's default authBaseUrl.
const emulator = createEmulator(defaultConfig)
const { handlers, clearCookies } = createEmulatorHandlers(emulator, 'https://auth.pingone.com')
const server = setupServer(...handlers)

// The emulator's demo environment and application; jsdom's page is http://localhost:3000,
// which that application registers as a CORS origin and (with a slash) as a redirect URI.
const config: SignOnConfig = {
  environmentId: defaultConfig.environmentId,
  clientId: defaultConfig.applications[0]!.clientId,
  redirectUri: 'http://localhost:3000/',
}

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => {
  // A fresh PingOne (no flows, sessions, codes or lockouts) and a fresh browser (no cookies).
  emulator.reset()
  clearCookies()
})
afterAll(() => server.close())

describe('SignIn', () => {
  it('signs a demo user in and hands over a code with its PKCE verifier', async () => {
    const user = userEvent.setup()
    const onComplete = vi.fn<(result: SignOnResult) => void>()
    render(<SignIn config={config} onComplete={onComplete} />)

    await user.type(await screen.findByLabelText('Username'), 'demo')
    await user.type(screen.getByLabelText('Password'), 'Demo-Passw0rd!')
    await user.click(screen.getByRole('button', { name: 'Sign on' }))

    await waitFor(() => expect(onComplete).toHaveBeenCalledTimes(1))
    const result = onComplete.mock.calls[0]![0]
    expect(result.code).toMatch(/^\S+$/)
    expect(result.codeVerifier).toMatch(/^[A-Za-z0-9._~-]{43,128}$/)
    expect(result.redirectUri).toBe(config.redirectUri)

    // The code is real: the emulator's token endpoint takes it with that verifier, once.
    const tokens = await redeemCode(result, config)
    expect(tokens.claims.aud).toBe(config.clientId)
    expect(tokens.id_token).not.toBe('')
  })

  it('says a wrong password is wrong and keeps the username', async () => {
    const user = userEvent.setup()
    const onComplete = vi.fn<(result: SignOnResult) => void>()
    render(<SignIn config={config} onComplete={onComplete} />)

    await user.type(await screen.findByLabelText('Username'), 'demo')
    await user.type(screen.getByLabelText('Password'), 'not-the-password')
    await user.click(screen.getByRole('button', { name: 'Sign on' }))

    expect(await screen.findByRole('alert')).toHaveTextContent('Incorrect username or password.')
    expect(screen.getByLabelText('Username')).toHaveValue('demo')
    expect(screen.getByLabelText('Password')).toHaveValue('')
    expect(onComplete).not.toHaveBeenCalled()
  })
})
