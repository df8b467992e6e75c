import { screen, waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { PingOneError, PingOneSignOnProps } from '../src'
import { app, authBaseUrl, environmentId, renderSignOn, withApplication } from './render'

// Issue 15, point 2: a set-up mistake is named as one. The page says it is not set up correctly
// (never "check your connection"), onError gets a code that is not transient and was not tried three
// times, and in development the console says what to fix, once; in production nothing is logged.

const notSetUp = 'This sign-on page is not set up correctly, so it cannot sign you on.'
const otherEnvironment = '0d3b8a4e-1111-4222-8333-444455556666'
const authorizeUrl = `${authBaseUrl}/${environmentId}/as/authorize`

type Mistake = {
  name: string
  props?: Partial<PingOneSignOnProps>
  options?: Parameters<typeof renderSignOn>[1]
  /** Acts once the first step shows, for mistakes that surface later (the cookies). */
  then?: (rendered: ReturnType<typeof renderSignOn>) => Promise<void>
  code: string
  /** What the user reads. */
  text: string
  /** The console message in development. */
  hint: RegExp
  /** The authorize requests sent: never three tries. */
  authorizes: number
}

const mistakes: Mistake[] = [
  {
    name: "the app's origin missing from the application's CORS origins",
    options: { config: withApplication({ corsOrigins: ['http://localhost:5173'] }) },
    code: 'ORIGIN_NOT_ALLOWED',
    text: notSetUp,
    hint: /http:\/\/localhost:3000 is not among the application's CORS origins.*--app-origin http:\/\/localhost:3000/,
    authorizes: 2,
  },
  {
    name: 'an environment PingOne does not have (its 404 allows no origin)',
    props: { environmentId: otherEnvironment },
    code: 'ORIGIN_NOT_ALLOWED',
    text: notSetUp,
    hint: new RegExp(`the environment is wrong instead: check \`environmentId\` \\(${otherEnvironment}\\)`),
    authorizes: 2,
  },
  {
    name: 'an environment PingOne does not have, answered with a readable 404',
    options: {
      overrides: [http.get(authorizeUrl, () => HttpResponse.json({ code: 'NOT_FOUND', message: 'Not found.' }, { status: 404 }))],
    },
    code: 'CONFIG_REFUSED',
    text: notSetUp,
    hint: /PingOne has no environment .* check `environmentId`.*`authBaseUrl`, the region/,
    authorizes: 1,
  },
  {
    name: 'a region PingOne does not have',
    props: { authBaseUrl: 'au' },
    code: 'INVALID_CONFIG',
    text: notSetUp,
    hint: /`authBaseUrl` must be an https URL.*got "au"\. Nothing was sent to PingOne\./,
    authorizes: 0,
  },
  {
    name: 'a client id the environment does not have',
    props: { clientId: 'not-a-registered-client' },
    code: 'CONFIG_REFUSED',
    text: notSetUp,
    hint: /does not know the client id "not-a-registered-client".*copy `clientId`/,
    authorizes: 1,
  },
  {
    name: 'a redirect URI the application does not have',
    props: { redirectUri: 'http://localhost:3000/elsewhere' },
    code: 'CONFIG_REFUSED',
    text: notSetUp,
    hint: /The redirect URI "http:\/\/localhost:3000\/elsewhere" is not registered on the application/,
    authorizes: 1,
  },
  {
    name: 'pi.flow not allowed for the application',
    options: {
      overrides: [
        http.get(authorizeUrl, () =>
          HttpResponse.json(
            { code: 'INVALID_DATA', message: 'Invalid request.', details: [{ code: 'INVALID_VALUE', target: 'response_mode', message: 'Not allowed.' }] },
            { status: 400 },
          ),
        ),
      ],
    },
    code: 'CONFIG_REFUSED',
    text: notSetUp,
    hint: /refused response_mode=pi\.flow for this application.*redirect mode \(`loginPage`\)/,
    authorizes: 1,
  },
  {
    name: 'cookies blocked: PingOne on another site, no custom domain',
    async then({ emulator, user }) {
      emulator.faults.add({ on: { endpoint: 'flow', method: 'POST' }, fault: { kind: 'dropSession' } })
      await user.type(await screen.findByLabelText('Username'), 'demo')
      await user.type(screen.getByLabelText('Password'), 'Demo-Passw0rd!')
      await user.click(screen.getByRole('button', { name: 'Sign on' }))
    },
    code: 'COOKIES_BLOCKED',
    text: 'Your browser blocked cookies this sign-on needs.',
    hint: /did not send the cookies PingOne bound the flow to.*third-party cookies.*`customDomain`/,
    authorizes: 1,
  },
]

afterEach(() => {
  vi.unstubAllEnvs()
  vi.restoreAllMocks()
})

/** Renders the mistake and waits for onError; returns the kit's console messages. */
async function meet(mistake: Mistake) {
  const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {})
  vi.spyOn(console, 'warn').mockImplementation(() => {})
  const onError = vi.fn<(error: PingOneError) => void>()
  const rendered = renderSignOn({ onError, ...mistake.props }, mistake.options)
  await mistake.then?.(rendered)
  await waitFor(() => expect(onError).toHaveBeenCalled())
  const error = onError.mock.calls[0]![0]
  expect(error).toMatchObject({ code: mistake.code, isTransient: false })
  expect(await screen.findByRole('alert')).toHaveTextContent(mistake.text)
  expect(screen.getByRole('alert')).not.toHaveTextContent(/reached|connection/)
  expect(rendered.requests.filter((r) => /^GET \S*\/as\/authorize$/.test(r))).toHaveLength(mistake.authorizes)
  const kitLines = consoleError.mock.calls.map((args) => args.map(String).join(' ')).filter((line) => line.includes('pingone-signon-react'))
  return { error, kitLines, consoleError }
}

describe('a set-up mistake, in a development build', () => {
  it.each(mistakes)('$name: $code, and one console message saying what to fix', async (mistake) => {
    const { error, kitLines } = await meet(mistake)
    expect(error.isConfigError).toBe(mistake.code !== 'COOKIES_BLOCKED')
    // Start again sends the same request again: offered unless the kit refused a prop and sent nothing.
    const restart = screen.queryByRole('button', { name: 'Start again' })
    if (mistake.code === 'INVALID_CONFIG') expect(restart).toBeNull()
    else expect(restart).toBeInTheDocument()
    expect(kitLines).toHaveLength(1)
    expect(kitLines[0]).toMatch(/^\[pingone-signon-react\] /)
    expect(kitLines[0]).toMatch(mistake.hint)
  })
})

describe('a set-up mistake, in a production build', () => {
  it.each(mistakes)('$name: the same code and page, and nothing in the console', async (mistake) => {
    vi.stubEnv('NODE_ENV', 'production')
    const { consoleError } = await meet(mistake)
    expect(consoleError).not.toHaveBeenCalled()
  })
})

describe('an outage is not a set-up mistake', () => {
  it('PingOne unreachable, even without CORS: NETWORK_ERROR after three tries, Start again, and the connection named', async () => {
    let down = true
    const outage = http.all(`${authBaseUrl}/*`, () => (down ? HttpResponse.error() : undefined))
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {})
    const onError = vi.fn<(error: PingOneError) => void>()
    const { user, requests } = renderSignOn({ onError }, { overrides: [outage] })

    expect(await screen.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent('PingOne could not be reached.')
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'NETWORK_ERROR', isTransient: true, isConfigError: false }))
    expect(requests.filter((r) => r === 'GET /as/authorize')).toHaveLength(3)
    expect(consoleError.mock.calls.map(String)).toEqual([expect.stringMatching(/could not be reached at all.*`npx pingone-emulator`/)])

    down = false
    await user.click(screen.getByRole('button', { name: 'Start again' }))
    expect(await screen.findByLabelText('Username')).toBeInTheDocument()
  })

  it('the control: the demo application, right as it is, signs on with nothing in the console', async () => {
    const consoleError = vi.spyOn(console, 'error')
    renderSignOn({ clientId: app.clientId })
    expect(await screen.findByLabelText('Username')).toBeInTheDocument()
    expect(consoleError).not.toHaveBeenCalled()
  })
})
