import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { PingOneSignOn } from '../src'
import { app, authBaseUrl, environmentId, mountEmulator, propsFor } from './render'

const env = `${authBaseUrl}/${environmentId}`
const form = (fields: Record<string, string>) => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(fields),
})

/**
 * The device asks for codes; the person opens verification_uri, which lands on the sign-on page:
 * the application's login page URL, rendered with `loginPage`.
 */
async function startOnDevice() {
  mountEmulator()
  const codes = (await (await fetch(`${env}/as/device_authorization`, form({ client_id: app.clientId, scope: 'openid profile' }))).json()) as {
    device_code: string
    user_code: string
    verification_uri: string
  }
  const opened = await fetch(codes.verification_uri, { redirect: 'manual', credentials: 'include' })
  const loginPage = new URL(opened.headers.get('location')!)
  window.history.replaceState(null, '', `/${loginPage.search}`)
  const poll = async () => {
    const grant = 'urn:ietf:params:oauth:grant-type:device_code'
    const response = await fetch(`${env}/as/token`, form({ grant_type: grant, device_code: codes.device_code, client_id: app.clientId }))
    return (await response.json()) as Record<string, unknown>
  }
  return { codes, poll, flowId: loginPage.searchParams.get('flowId')! }
}

async function signOnWithCode(user: ReturnType<typeof userEvent.setup>, code: string) {
  await user.type(await screen.findByLabelText('Code'), code)
  await user.click(screen.getByRole('button', { name: 'Continue' }))
  await user.type(await screen.findByLabelText('Username'), 'demo')
  await user.type(screen.getByLabelText('Password'), 'Demo-Passw0rd!')
  await user.click(screen.getByRole('button', { name: 'Sign on' }))
}

describe('device authorization grant', () => {
  it('takes the code from the device, signs on, asks to allow, and the device gets its tokens', async () => {
    const { codes, poll, flowId } = await startOnDevice()
    expect(await poll()).toMatchObject({ error: 'authorization_pending' })
    const user = userEvent.setup()
    render(<PingOneSignOn {...propsFor()} loginPage />)

    expect(await screen.findByRole('heading', { name: 'Connect a device' })).toBeInTheDocument()
    const code = screen.getByLabelText('Code')
    expect(code).toHaveAttribute('autocomplete', 'one-time-code')
    await user.type(code, 'BBBB-BBBB')
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await waitFor(() => expect(code).toHaveAccessibleDescription('That code is wrong or has expired. Check the code on your device.'))
    expect(code).toHaveValue('')

    await signOnWithCode(user, codes.user_code.toLowerCase())
    expect(await screen.findByRole('heading', { name: 'Allow this device?' })).toBeInTheDocument()
    expect(screen.getByText(/A device is asking to use Demo App as you/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Allow' }))

    // Redirect mode: the kit sends the browser to resumeUrl (jsdom cannot follow), which tells the
    // person to return to their device.
    expect(await screen.findByRole('heading', { name: 'Signing you in' })).toBeInTheDocument()
    const resume = await fetch(`${env}/as/resume?flowId=${flowId}`, { credentials: 'include' })
    expect(await resume.text()).toContain('You can return to your device.')
    const tokens = await poll()
    expect(tokens).toMatchObject({ token_type: 'Bearer', access_token: expect.any(String), id_token: expect.any(String) })
  })

  it('tells the device no when the person denies it', async () => {
    const { codes, poll } = await startOnDevice()
    const user = userEvent.setup()
    render(<PingOneSignOn {...propsFor()} loginPage />)
    await signOnWithCode(user, codes.user_code)
    await user.click(await screen.findByRole('button', { name: 'Deny' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('You did not allow the device, so it was not signed in.')
    expect(await poll()).toMatchObject({ error: 'access_denied' })
  })
})
