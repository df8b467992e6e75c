import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { StrictMode } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { EmulatorConfig, FaultRule } from '../emulator'
import { PingOneSignOn, startSignOn as startInKit, type PingOneError, type PingOneSignOnProps } from '../src'
import { startSignOn } from '../src/start'
import { mountEmulator, propsFor, redeem, withApplication } from './render'

// Issue 16, point 6: `pingone-signon-react/start` sends the authorize before the kit has loaded, and
// <PingOneSignOn started={…}> reads its answer as it reads its own.

const authorizes = (requests: string[]) => requests.filter((r) => r === 'GET /as/authorize').length

async function signIn() {
  const user = userEvent.setup()
  await user.type(await screen.findByLabelText('Username', {}, { timeout: 5000 }), 'demo')
  await user.type(screen.getByLabelText('Password'), 'Demo-Passw0rd!')
  await user.click(screen.getByRole('button', { name: 'Sign on' }))
}

afterEach(() => vi.restoreAllMocks())

describe('the start entry: the authorize sent before the kit has loaded', () => {
  it('is taken over by the provider: the first step without a second authorize, then a code that redeems', async () => {
    const { requests } = mountEmulator()
    const started = startSignOn(propsFor())
    await started.settled
    expect(authorizes(requests)).toBe(1)
    const onComplete = vi.fn()
    render(<PingOneSignOn {...propsFor()} started={started} onComplete={onComplete} />)
    expect(await screen.findByLabelText('Username', {}, { timeout: 5000 })).toBeInTheDocument()
    await signIn()
    await waitFor(() => expect(onComplete).toHaveBeenCalledTimes(1))
    expect(authorizes(requests)).toBe(1)
    // The verifier the start entry made is the one the code is redeemed with.
    expect((await redeem(onComplete.mock.calls[0]![0])).status).toBe(200)
  })

  it('sends what the kit sends: the same URL parameters, with the authorize options and ui_locales', async () => {
    const { urls } = mountEmulator()
    const options = { acrValues: 'Single_Factor', loginHint: 'demo', prompt: 'login' as const, maxAge: 600 }
    const started = startSignOn({ ...propsFor(), ...options, scope: 'openid profile', locale: 'fr' })
    await started.settled
    // The provider without `started`: its own authorize, to compare.
    render(<PingOneSignOn {...propsFor()} {...options} scope="openid profile" locale="fr" onError={() => {}} />)
    const sent = () => urls.filter((url) => url.includes('/as/authorize')).map((url) => new URL(url))
    await waitFor(() => expect(sent()).toHaveLength(2))
    const [early, kit] = sent()
    const shape = (url: URL) => [...url.searchParams.keys()]
    expect(shape(early!)).toEqual(shape(kit!))
    for (const name of ['client_id', 'redirect_uri', 'scope', 'response_mode', 'acr_values', 'login_hint', 'prompt', 'max_age', 'ui_locales']) {
      expect(early!.searchParams.get(name)).toBe(kit!.searchParams.get(name))
    }
    expect(early!.origin + early!.pathname).toBe(kit!.origin + kit!.pathname)
  })

  it('waits for an authorize still under way, under StrictMode, without sending another', async () => {
    const { requests } = mountEmulator()
    const started = startSignOn(propsFor())
    render(
      <StrictMode>
        <PingOneSignOn {...propsFor()} started={started} />
      </StrictMode>,
    )
    expect(await screen.findByLabelText('Username', {}, { timeout: 5000 })).toBeInTheDocument()
    expect(authorizes(requests)).toBe(1)
  })

  it('is taken over once: a provider mounted later starts its own sign-on', async () => {
    const { requests } = mountEmulator()
    const started = startSignOn(propsFor())
    const first = render(<PingOneSignOn {...propsFor()} started={started} />)
    await screen.findByLabelText('Username', {}, { timeout: 5000 })
    first.unmount()
    render(<PingOneSignOn {...propsFor()} started={started} />)
    await screen.findByLabelText('Username', {}, { timeout: 5000 })
    expect(authorizes(requests)).toBe(2)
  })

  it('is ignored by a provider with another config (scope, authorize options, flowId), which starts its own', async () => {
    for (const other of [{ scope: 'openid profile' }, { loginHint: 'demo' }, { flowId: null }] as Partial<PingOneSignOnProps>[]) {
      const { requests } = mountEmulator()
      const started = startSignOn(propsFor())
      await started.settled
      const props = 'flowId' in other ? { ...propsFor(), flowId: 'f3b1c2d4-0000-4000-8000-000000000000' } : { ...propsFor(), ...other }
      const view = render(<PingOneSignOn {...(props as PingOneSignOnProps)} started={started} onError={() => {}} />)
      await waitFor(() => expect(requests.length).toBeGreaterThan(1))
      expect(authorizes(requests)).toBe('flowId' in other ? 1 : 2)
      view.unmount()
    }
  })

  it('sends nothing for a config the provider refuses; the provider names the mistake and sends nothing either', async () => {
    for (const refused of [{ authBaseUrl: 'au' }, { authBaseUrl: 'http://auth.example.com' }, { clientId: ' ' }, { prompt: 'none' }, { maxAge: -1 }, { customDomain: 'https://auth.example.com/?x=1' }]) {
      const { requests } = mountEmulator()
      const config = { ...propsFor(), ...refused } as PingOneSignOnProps & { clientId: string; redirectUri: string }
      const started = startSignOn(config)
      await started.settled
      const onError = vi.fn<(error: PingOneError) => void>()
      vi.spyOn(console, 'error').mockImplementation(() => {})
      const view = render(<PingOneSignOn {...config} started={started} onError={onError} />)
      await waitFor(() => expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'INVALID_CONFIG' })))
      expect(requests).toEqual([])
      view.unmount()
    }
  })

  it("sends nothing when the page address holds a flowId or PingOne's error: the provider continues or shows it", async () => {
    for (const search of ['?flowId=abc', `?error=${encodeURIComponent('{"code":"ACCESS_FAILED"}')}`]) {
      const { requests } = mountEmulator()
      window.history.replaceState(null, '', `/${search}`)
      await startSignOn(propsFor()).settled
      expect(requests).toEqual([])
    }
  })
})

type Failure = {
  name: string
  config?: EmulatorConfig
  props?: Partial<PingOneSignOnProps>
  fault?: FaultRule
  code: string
}

const failures: Failure[] = [
  { name: 'a client id the environment does not have', props: { clientId: 'not-a-registered-client' }, code: 'CONFIG_REFUSED' },
  { name: 'a redirect URI the application does not have', props: { redirectUri: 'http://localhost:3000/elsewhere' }, code: 'CONFIG_REFUSED' },
  { name: "the page's origin missing from the CORS origins", config: withApplication({ corsOrigins: ['http://localhost:5173'] }), code: 'ORIGIN_NOT_ALLOWED' },
  { name: 'PingOne answering 503 to every try', fault: { on: { endpoint: 'authorize' }, fault: { kind: 'status', status: 503 }, times: Infinity }, code: 'SERVICE_UNAVAILABLE' },
  { name: 'an authorize that never answers', props: { requestTimeout: 300 }, fault: { on: { endpoint: 'authorize' }, fault: { kind: 'hang' }, times: Infinity }, code: 'TIMEOUT' },
]

/** Runs `failure` with the provider's own authorize, or with the start entry's: what the user and the host see. */
async function meet(failure: Failure, how: 'kit' | 'start entry' | 'startSignOn') {
  const { emulator, requests } = mountEmulator(failure.config)
  if (failure.fault) emulator.faults.add(failure.fault)
  const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {})
  const props = { ...propsFor(failure.config), ...failure.props } as PingOneSignOnProps & { clientId: string; redirectUri: string }
  const started = how === 'start entry' ? startSignOn(props) : how === 'startSignOn' ? startInKit(props) : undefined
  const onError = vi.fn<(error: PingOneError) => void>()
  const view = render(<PingOneSignOn {...props} started={started} onError={onError} />)
  await waitFor(() => expect(onError).toHaveBeenCalled(), { timeout: 5000 })
  const error = onError.mock.calls[0]![0]
  const seen = {
    code: error.code,
    status: error.status,
    isConfigError: error.isConfigError,
    isTransient: error.isTransient,
    alert: (await screen.findByRole('alert')).textContent,
    startAgain: screen.queryByRole('button', { name: 'Start again' }) !== null,
    authorizes: authorizes(requests),
    hints: consoleError.mock.calls.map((args) => args.map(String).join(' ')).filter((line) => line.includes('[pingone-signon-react]')),
  }
  view.unmount()
  consoleError.mockRestore()
  return seen
}

describe('a failed start: the same typed error and page whichever way the sign-on started', () => {
  it.each(failures)('$name: $code', async (failure) => {
    const kit = await meet(failure, 'kit')
    expect(kit.code).toBe(failure.code)
    expect(await meet(failure, 'start entry')).toEqual(kit)
    expect(await meet(failure, 'startSignOn')).toEqual(kit)
  }, 30_000)
})
