import { describe, expect, it } from 'vitest'
import { createEmulator, defaultConfig } from '../../emulator'
import { authorizeUrl, base, envId, errorOf, origin, setup, startFlow, inBrowser } from './helpers'

describe('authorize', () => {
  it('answers pi.flow with a USERNAME_PASSWORD_REQUIRED flow offering Acme ID', async () => {
    const { emulator } = setup()
    const response = await emulator.handle(new Request(authorizeUrl({ response_mode: 'pi.flow' })))
    expect(response.status).toBe(200)
    expect(response.headers.get('Content-Type')).toBe('application/hal+json; charset=utf-8')
    expect(response.headers.get('Cache-Control')).toBe('no-store')
    const flow = await response.json()
    const self = `${base}/flows/${flow.id}`
    expect(flow).toMatchObject({
      status: 'USERNAME_PASSWORD_REQUIRED',
      environment: { id: envId },
      resumeUrl: `${base}/as/resume?flowId=${flow.id}`,
      _links: {
        self: { href: self },
        'usernamePassword.check': { href: self },
        signOnPage: { href: `${base}/signon/?flowId=${flow.id}` },
      },
      _embedded: {
        application: { name: 'Demo App' },
        socialProviders: [
          { name: 'Acme ID', type: 'OPENID_CONNECT' },
          { name: 'Globex ID', type: 'OPENID_CONNECT' },
          { name: 'Initech ID', type: 'OPENID_CONNECT' },
        ],
      },
    })
    const [provider] = flow._embedded.socialProviders
    expect(provider._links.authenticate.href).toBe(
      `${base}/rp/authenticate?providerId=${provider.id}&flowId=${flow.id}`,
    )
    expect(Date.parse(flow.expiresAt) - Date.parse(flow.createdAt)).toBe(15 * 60 * 1000)
  })

  it('starts identifier-first apps at SIGN_ON_REQUIRED', async () => {
    const [app] = defaultConfig.applications
    const emulator = inBrowser(createEmulator({
      ...defaultConfig,
      applications: [{ ...app!, signOnPolicy: 'identifierFirst' }],
    }))
    const flow = await startFlow(emulator)
    expect(flow.status).toBe('SIGN_ON_REQUIRED')
    // The demo app has registration on, which identifier-first offers too.
    expect(Object.keys(flow._links).sort()).toEqual(['self', 'signOnPage', 'user.lookup', 'user.register'])
    expect(flow._embedded?.socialProviders).toHaveLength(3)
  })

  it('redirects to the login page with environmentId and flowId in redirect mode', async () => {
    const { emulator } = setup()
    const response = await emulator.handle(new Request(authorizeUrl({ state: 's1' })))
    expect(response.status).toBe(302)
    const location = new URL(response.headers.get('Location')!)
    expect(location.origin + location.pathname).toBe('http://localhost:5173/')
    expect(location.searchParams.get('environmentId')).toBe(envId)
    const flowId = location.searchParams.get('flowId')!
    const flow = await (await emulator.handle(new Request(`${base}/flows/${flowId}`))).json()
    expect(flow.status).toBe('USERNAME_PASSWORD_REQUIRED')
    expect(flow.environment).toBeUndefined()
  })

  it('accepts a form-encoded POST', async () => {
    const { emulator } = setup()
    const form = new URL(authorizeUrl({ response_mode: 'pi.flow' })).searchParams
    const response = await emulator.handle(
      new Request(`${base}/as/authorize`, { method: 'POST', body: form }),
    )
    expect(response.status).toBe(200)
  })

  it.each([
    ['client_id', { client_id: 'nope' }],
    ['redirect_uri', { redirect_uri: 'https://evil.example/' }],
    ['response_type', { response_type: 'token' }],
    ['scope', { scope: 'profile' }],
    ['code_challenge', { code_challenge: '', code_challenge_method: '' }],
    ['code_challenge_method', { code_challenge_method: 'plain' }],
  ])('refuses a bad %s with a 400 body, not a redirect', async (target, params) => {
    const { emulator } = setup()
    const response = await emulator.handle(new Request(authorizeUrl(params)))
    expect(response.status).toBe(400)
    const body = await errorOf(response)
    expect(body).toMatchObject({ code: 'INVALID_DATA', details: [{ code: 'INVALID_VALUE', target }] })
    expect(body.id).toEqual(expect.any(String))
  })

  it('404s for another environment and unknown routes', async () => {
    const { emulator } = setup()
    const other = await emulator.handle(new Request(`${origin}/00000000-0000-0000-0000-000000000000/as/authorize`))
    expect(other.status).toBe(404)
    expect(await errorOf(other)).toMatchObject({ code: 'NOT_FOUND' })
    const unknown = await emulator.handle(new Request(`${base}/nothing/here`))
    expect(unknown.status).toBe(404)
  })
})
