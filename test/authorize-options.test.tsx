import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { PingOneSignOn } from '../src'
import { mountEmulator, propsFor, renderSignOn, withApplication } from './render'

// What teams ask PingOne for on authorize (issue 15, point 5): acrValues, loginHint, prompt, maxAge,
// and the page's locale as ui_locales; the emulator honours each.

const withPolicies = withApplication({ signOnPolicies: [{ name: 'Identifier_First', type: 'identifierFirst' }] })
const authorizeQuery = (urls: string[]) => new URL(urls.find((url) => url.includes('/as/authorize'))!).searchParams

async function signOnAsDemo(user = userEvent.setup()) {
  await user.type(await screen.findByLabelText('Username'), 'demo')
  await user.type(screen.getByLabelText('Password'), 'Demo-Passw0rd!')
  await user.click(screen.getByRole('button', { name: 'Sign on' }))
}

describe('authorize options', () => {
  it('are sent on authorize: acr_values, login_hint, prompt, max_age and ui_locales', async () => {
    const { urls } = renderSignOn(
      { acrValues: 'Identifier_First', loginHint: 'demo', prompt: 'login', maxAge: 600, locale: 'de-AT' },
      { config: withPolicies },
    )
    await screen.findByLabelText('Passwort')
    const query = authorizeQuery(urls)
    expect(Object.fromEntries(['acr_values', 'login_hint', 'prompt', 'max_age', 'ui_locales'].map((name) => [name, query.get(name)]))).toEqual({
      acr_values: 'Identifier_First',
      login_hint: 'demo',
      prompt: 'login',
      max_age: '600',
      ui_locales: 'de-AT',
    })
  })

  it('are not sent when not set', async () => {
    const { urls } = renderSignOn()
    await screen.findByLabelText('Username')
    const query = authorizeQuery(urls)
    expect(['acr_values', 'login_hint', 'prompt', 'max_age', 'ui_locales'].filter((name) => query.has(name))).toEqual([])
  })

  it('acrValues picks the application\'s sign-on policy by name', async () => {
    renderSignOn({ acrValues: 'Identifier_First' }, { config: withPolicies })
    expect(await screen.findByRole('button', { name: 'Next' })).toBeInTheDocument()
    expect(screen.queryByLabelText('Password')).toBeNull()
  })

  it('loginHint fills in the username, which the user may change', async () => {
    const onComplete = vi.fn()
    const { user } = renderSignOn({ loginHint: 'demo', onComplete })
    const username = await screen.findByLabelText('Username')
    expect(username).toHaveValue('demo')
    await user.type(screen.getByLabelText('Password'), 'Demo-Passw0rd!')
    await user.click(screen.getByRole('button', { name: 'Sign on' }))
    await waitFor(() => expect(onComplete).toHaveBeenCalledTimes(1))
  })

  it('loginHint on an identifier-first policy goes straight to the password', async () => {
    const onComplete = vi.fn()
    const { user } = renderSignOn({ loginHint: 'demo', onComplete }, { config: withApplication({ signOnPolicy: 'identifierFirst' }) })
    await user.type(await screen.findByLabelText('Password'), 'Demo-Passw0rd!')
    expect(screen.queryByRole('button', { name: 'Next' })).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Sign on' }))
    await waitFor(() => expect(onComplete).toHaveBeenCalledTimes(1))
  })
})

describe('a PingOne session in the browser', () => {
  /** Signs on once, so the browser (the MSW mount's cookie jar) holds a session; then unmounts. */
  async function withSession(clock?: { now: number }) {
    const mounted = mountEmulator(undefined, clock ? { now: () => clock.now } : {})
    const onComplete = vi.fn()
    const first = render(<PingOneSignOn {...propsFor()} onComplete={onComplete} />)
    await signOnAsDemo()
    await waitFor(() => expect(onComplete).toHaveBeenCalledTimes(1))
    first.unmount()
    return mounted
  }

  it('signs the user on again without a form (the control)', async () => {
    await withSession()
    const onComplete = vi.fn()
    render(<PingOneSignOn {...propsFor()} onComplete={onComplete} />)
    await waitFor(() => expect(onComplete).toHaveBeenCalledTimes(1))
  })

  it('does not with prompt="login": the form asks again', async () => {
    await withSession()
    const onComplete = vi.fn()
    render(<PingOneSignOn {...propsFor()} prompt="login" onComplete={onComplete} />)
    expect(await screen.findByLabelText('Password')).toBeInTheDocument()
    expect(onComplete).not.toHaveBeenCalled()
  })

  it('does not once it is older than maxAge', async () => {
    const clock = { now: Date.now() }
    await withSession(clock)
    clock.now += 10 * 60 * 1000
    const onComplete = vi.fn()
    render(<PingOneSignOn {...propsFor()} maxAge={300} onComplete={onComplete} />)
    expect(await screen.findByLabelText('Password')).toBeInTheDocument()
    expect(onComplete).not.toHaveBeenCalled()
  })
})

describe('a refused authorize option', () => {
  it.each([
    ['maxAge', { maxAge: -1 }],
    ['maxAge', { maxAge: 1.5 }],
    ['prompt', { prompt: 'none' as 'login' }],
    ['acrValues', { acrValues: ' ' }],
  ])('%s is a configuration error naming it, with nothing sent', async (prop, given) => {
    const { urls } = mountEmulator()
    const onError = vi.fn()
    render(<PingOneSignOn {...propsFor()} {...given} onError={onError} />)
    expect(await screen.findByRole('alert')).toHaveTextContent('This sign-on page is not set up correctly')
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'INVALID_CONFIG', message: expect.stringContaining(`\`${prop}\``) }))
    expect(urls).toEqual([])
  })
})

