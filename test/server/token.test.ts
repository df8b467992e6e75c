import { decodeJwt, decodeProtectedHeader, generateKeyPair, SignJWT } from 'jose'
import { http, HttpResponse, type RequestHandler } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createEmulator, defaultConfig, type Emulator, type EmulatorConfig } from '../../emulator'
import { createEmulatorHandlers } from '../../emulator/msw'
import { act, authorize } from '../../src/flow/api'
import { resolveConfig, type SignOnConfig } from '../../src/flow/config'
import { createTransaction } from '../../src/flow/pkce'
import { completeSignOn, type SignOnResult } from '../../src/flow/result'
import { redeemCode, TokenError, type TokenErrorCode } from '../../src/token'

// `pingone-signon-react/token` against the emulator, in Node (fetch and WebCrypto as in a browser).
// MSW is the network: the emulator answers PingOne's requests, and a test that needs PingOne (or
// something between the browser and PingOne) to answer differently puts a handler in front of it.

const authBaseUrl = 'https://auth.pingone.com'
const environmentId = defaultConfig.environmentId
const app = defaultConfig.applications[0]!
const demo = { username: 'demo', password: 'Demo-Passw0rd!' }
const server = setupServer()
/** Every request sent, as `METHOD url`. */
let sent: string[] = []

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

/** A fresh emulator at `baseUrl`, and the provider's props for its first application. */
function mount(
  { config = defaultConfig, baseUrl = authBaseUrl, now }: { config?: EmulatorConfig; baseUrl?: string; now?: () => number } = {},
  props: Partial<SignOnConfig> = {},
) {
  const emulator = createEmulator(config, { now })
  sent = []
  server.events.removeAllListeners()
  server.events.on('request:start', ({ request }) => void sent.push(`${request.method} ${request.url}`))
  server.use(...createEmulatorHandlers(emulator, baseUrl).handlers)
  const signOnConfig: SignOnConfig = {
    environmentId,
    clientId: config.applications[0]!.clientId,
    redirectUri: config.applications[0]!.redirectUris[0]!,
    authBaseUrl: baseUrl,
    ...props,
  }
  return { emulator, config: signOnConfig, root: props.customDomain ?? `${baseUrl}/${environmentId}` }
}

/** Signs the demo user on with the kit's own flow client: the result `onComplete` receives. */
async function signOn(config: SignOnConfig): Promise<SignOnResult> {
  const resolved = resolveConfig(config)
  const transaction = await createTransaction(config.redirectUri)
  const flow = await act(resolved, await authorize(resolved, transaction), 'usernamePassword.check', demo)
  expect(flow.status).toBe('COMPLETED')
  return completeSignOn(resolved, flow, transaction)
}

/** What `promise` rejected with, which must be a {@link TokenError} with `code`. */
async function refusal(promise: Promise<unknown>, code: TokenErrorCode): Promise<TokenError> {
  const error = await promise.then(
    (value) => expect.unreachable(`resolved with ${JSON.stringify(value)}`),
    (error: unknown) => error,
  )
  expect(error).toBeInstanceOf(TokenError)
  expect(error).toMatchObject({ code })
  return error as TokenError
}

/** The emulator's token endpoint behind something that rewrites the request, or the answer. */
function tokenEndpoint(
  emulator: Emulator,
  root: string,
  { request: rewrite = (r) => r, body: edit = (b) => b }: {
    request?: (request: Request) => Request | Promise<Request>
    body?: (body: Record<string, unknown>) => Record<string, unknown> | Promise<Record<string, unknown>>
  },
): RequestHandler {
  return http.post(`${root}/as/token`, async ({ request }) => {
    const answer = await emulator.handle(await rewrite(request))
    expect(answer.status).toBe(200)
    return HttpResponse.json(await edit(await answer.json()))
  })
}

/** `request` with its form's fields changed. */
async function withForm(request: Request, fields: Record<string, string>): Promise<Request> {
  const form = new URLSearchParams(await request.text())
  for (const [name, value] of Object.entries(fields)) form.set(name, value)
  return new Request(request.url, { method: 'POST', headers: request.headers, body: form })
}

describe('redeemCode', () => {
  it.each([
    ['on PingOne', { baseUrl: authBaseUrl }, {}],
    ['on the emulator over plain http on loopback', { baseUrl: 'http://127.0.0.1:4999' }, {}],
    [
      'on a custom domain',
      { baseUrl: 'https://auth.example.com', config: { ...defaultConfig, customDomains: ['https://auth.example.com'] } },
      { customDomain: 'https://auth.example.com' },
    ],
  ])('redeems a code %s and returns the tokens with the ID token claims', async (_, where, props) => {
    const { config, root } = mount(where, props)
    const result = await signOn(config)
    sent = []

    const tokens = await redeemCode(result, config)

    expect(tokens).toMatchObject({
      access_token: expect.any(String),
      token_type: 'bearer',
      expires_in: 3600,
      scope: 'openid',
      claims: {
        iss: `${root}/as`,
        aud: config.clientId,
        nonce: result.nonce,
        sub: expect.any(String),
        exp: expect.any(Number),
      },
    })
    expect(decodeJwt(tokens.id_token)).toEqual(tokens.claims)
    expect(sent).toEqual([
      `GET ${root}/as/.well-known/openid-configuration`,
      `POST ${root}/as/token`,
      `GET ${root}/as/jwks`,
    ])
  })

  it('refuses an ID token issued for another sign-on (nonce)', async () => {
    const { config } = mount()
    const result = await signOn(config)
    await refusal(redeemCode({ ...result, nonce: 'another-sign-on' }, config), 'ID_TOKEN_NONCE')
  })

  it('refuses an ID token issued to another application (aud), though PingOne signed it', async () => {
    const other = { ...app, clientId: '0b7d5b0e-2c1a-4b8e-9f3d-6a5c4e3b2a19', name: 'Other App' }
    const { emulator, config, root } = mount({ config: { ...defaultConfig, applications: [app, other] } })
    const result = await signOn({ ...config, clientId: other.clientId })
    // Something between the browser and PingOne redeems the other application's code instead.
    server.use(tokenEndpoint(emulator, root, { request: (request) => withForm(request, { client_id: other.clientId }) }))
    await refusal(redeemCode(result, config), 'ID_TOKEN_AUDIENCE')
  })

  it('refuses an ID token from another issuer, though signed by the same key', async () => {
    const { emulator, config, root } = mount()
    const result = await signOn(config)
    // The same emulator answers under another region's host: its tokens name that issuer.
    const elsewhere = async (request: Request) =>
      new Request(request.url.replace(authBaseUrl, 'https://auth.pingone.eu'), {
        method: 'POST',
        headers: request.headers,
        body: await request.text(),
      })
    server.use(tokenEndpoint(emulator, root, { request: elsewhere }))
    await refusal(redeemCode(result, config), 'ID_TOKEN_ISSUER')
  })

  it.each([
    ['with the key id of the JWKS key', true],
    ['without a key id', false],
  ])('refuses an ID token signed by another key %s', async (_, keepKid) => {
    const { emulator, config, root } = mount()
    const result = await signOn(config)
    const { privateKey } = await generateKeyPair('RS256')
    const forge = async (body: Record<string, unknown>) => {
      const genuine = String(body.id_token)
      const { kid } = decodeProtectedHeader(genuine)
      const header = { alg: 'RS256', typ: 'JWT', ...(keepKid ? { kid } : {}) }
      return { ...body, id_token: await new SignJWT(decodeJwt(genuine)).setProtectedHeader(header).sign(privateKey) }
    }
    server.use(tokenEndpoint(emulator, root, { body: forge }))
    await refusal(redeemCode(result, config), 'ID_TOKEN_SIGNATURE')
  })

  it('refuses an expired ID token', async () => {
    // PingOne's clock 65 minutes behind: its hour-long tokens expired 5 minutes ago.
    const { config } = mount({ now: () => Date.now() - 65 * 60_000 })
    const result = await signOn(config)
    await refusal(redeemCode(result, config), 'ID_TOKEN_EXPIRED')
  })

  it('refuses an answer without an ID token', async () => {
    const { emulator, config, root } = mount()
    const result = await signOn(config)
    server.use(tokenEndpoint(emulator, root, { body: ({ id_token: _, ...rest }) => rest }))
    await refusal(redeemCode(result, config), 'ID_TOKEN_MISSING')
  })

  it("carries the token endpoint's error: a code redeemed twice is invalid_grant", async () => {
    const { config } = mount()
    const result = await signOn(config)
    await redeemCode(result, config)

    const error = await refusal(redeemCode(result, config), 'TOKEN_ENDPOINT_ERROR')

    expect(error).toMatchObject({ status: 400, error: 'invalid_grant', error_description: expect.any(String) })
  })

  it.each([
    ['authBaseUrl', { authBaseUrl: 'http://auth.pingone.com' }],
    ['customDomain', { customDomain: 'http://auth.example.com' }],
  ])('refuses plain http to a host that is not loopback (%s) before sending anything', async (_, props) => {
    const { config } = mount()
    const result = await signOn(config)
    sent = []
    const error = await refusal(redeemCode(result, { ...config, ...props }), 'INVALID_CONFIG')
    expect(error.message).toMatch(/https/)
    expect(sent).toEqual([])
  })

  it('refuses a discovery document that sends the code elsewhere', async () => {
    const { emulator, config, root } = mount()
    const result = await signOn(config)
    server.use(
      http.get(`${root}/as/.well-known/openid-configuration`, async ({ request }) => {
        const metadata = await (await emulator.handle(request)).json()
        return HttpResponse.json({ ...metadata, token_endpoint: 'https://collector.example/token' })
      }),
    )
    sent = []
    await refusal(redeemCode(result, config), 'INVALID_RESPONSE')
    expect(sent.filter((request) => request.startsWith('POST'))).toEqual([])
  })
})
