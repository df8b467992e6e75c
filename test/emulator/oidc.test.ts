import { createRemoteJWKSet, jwtVerify } from 'jose'
import * as client from 'openid-client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Flow } from '../../src/flow/types'
import { createEmulator, defaultConfig } from '../../emulator'
import { serveEmulator } from '../../emulator/node'

const redirectUri = 'http://localhost:5173/'
const clientId = defaultConfig.applications[0]!.clientId
let server: Awaited<ReturnType<typeof serveEmulator>>
let config: client.Configuration
let issuer: string

beforeAll(async () => {
  server = await serveEmulator(createEmulator(), { host: '127.0.0.1', port: 0 })
  issuer = `${server.url}/${defaultConfig.environmentId}/as`
  config = await client.discovery(new URL(issuer), clientId, undefined, client.None(), {
    execute: [client.allowInsecureRequests],
  })
})

afterAll(() => server.close())

/** A pi.flow sign-on as a custom page does it, carrying the ST cookie by hand. */
async function signOn(verifier: string, nonce: string, state: string): Promise<URL> {
  const authorizeUrl = client.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: 'openid profile email',
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    nonce,
    state,
    response_mode: 'pi.flow',
  })
  const started = await fetch(authorizeUrl)
  const flow = (await started.json()) as Flow
  expect(flow.status).toBe('USERNAME_PASSWORD_REQUIRED')
  // Node's fetch keeps no cookies: send back the one authorize bound the flow to, as a browser would.
  const cookie = started.headers.getSetCookie()[0]!.split(';')[0]!
  await fetch(flow._links['usernamePassword.check']!.href, {
    method: 'POST',
    headers: { 'Content-Type': 'application/vnd.pingidentity.usernamePassword.check+json', Cookie: cookie },
    body: JSON.stringify({ username: 'demo', password: 'Demo-Passw0rd!' }),
  })
  const resumed = (await (await fetch(flow.resumeUrl!, { headers: { Cookie: cookie } })).json()) as Flow
  const callback = new URL(redirectUri)
  callback.searchParams.set('code', resumed.authorizeResponse!.code!)
  callback.searchParams.set('state', resumed.authorizeResponse!.state!)
  return callback
}

describe('OIDC with openid-client over HTTP', () => {
  it('publishes discovery metadata', () => {
    const metadata = config.serverMetadata()
    expect(metadata).toMatchObject({
      issuer,
      authorization_endpoint: `${issuer}/authorize`,
      token_endpoint: `${issuer}/token`,
      jwks_uri: `${issuer}/jwks`,
      end_session_endpoint: `${issuer}/signoff`,
      code_challenge_methods_supported: ['S256', 'plain'],
      id_token_signing_alg_values_supported: ['RS256'],
    })
  })

  it('redeems a PKCE code for verifiable tokens, once; userinfo works', async () => {
    const verifier = client.randomPKCECodeVerifier()
    const nonce = client.randomNonce()
    const callback = await signOn(verifier, nonce, 'st-1')
    const tokens = await client.authorizationCodeGrant(config, callback, {
      pkceCodeVerifier: verifier,
      expectedNonce: nonce,
      expectedState: 'st-1',
      idTokenExpected: true,
    })
    expect(tokens.token_type.toLowerCase()).toBe('bearer')
    expect(tokens.expires_in).toBe(3600)

    const jwks = createRemoteJWKSet(new URL(config.serverMetadata().jwks_uri!))
    const { payload, protectedHeader } = await jwtVerify(tokens.id_token!, jwks, { issuer, audience: clientId })
    expect(protectedHeader).toMatchObject({ alg: 'RS256', kid: expect.any(String) })
    expect(payload).toMatchObject({
      nonce,
      sub: defaultConfig.users[0]!.id,
      amr: ['pwd'],
      env: defaultConfig.environmentId,
      sid: expect.any(String),
      auth_time: expect.any(Number),
      preferred_username: 'demo',
      name: 'Demo User',
      email: 'demo@example.com',
    })
    await jwtVerify(tokens.access_token, jwks, { issuer })

    const info = await client.fetchUserInfo(config, tokens.access_token, payload.sub!)
    expect(info).toMatchObject({ sub: payload.sub, preferred_username: 'demo', email: 'demo@example.com' })

    await expect(
      client.authorizationCodeGrant(config, callback, { pkceCodeVerifier: verifier, expectedNonce: nonce, expectedState: 'st-1' }),
    ).rejects.toMatchObject({ error: 'invalid_grant' })
  })

  it('refuses a wrong code_verifier', async () => {
    const verifier = client.randomPKCECodeVerifier()
    const callback = await signOn(verifier, 'n', 'st-2')
    await expect(
      client.authorizationCodeGrant(config, callback, {
        pkceCodeVerifier: client.randomPKCECodeVerifier(),
        expectedNonce: 'n',
        expectedState: 'st-2',
      }),
    ).rejects.toMatchObject({ error: 'invalid_grant' })
  })

  it('refuses userinfo without a valid token', async () => {
    const response = await fetch(`${issuer}/userinfo`, { headers: { Authorization: 'Bearer nope' } })
    expect(response.status).toBe(401)
    expect(await response.json()).toMatchObject({ error: 'invalid_token' })
  })
})
