import { describe, expect, it } from 'vitest'
import type { Flow } from '../../src/flow/types'
import { appOrigin, base, setup, signIn, startFlow } from './helpers'

function preflight(url: string, origin: string) {
  return new Request(url, {
    method: 'OPTIONS',
    headers: {
      Origin: origin,
      'Access-Control-Request-Method': 'POST',
      'Access-Control-Request-Headers': 'content-type',
    },
  })
}

describe('CORS', () => {
  it('allows the app origin on preflight and on the actual response', async () => {
    const { emulator } = setup()
    const flow = await startFlow(emulator)
    const response = await emulator.handle(preflight(flow._links.self!.href, appOrigin))
    expect(response.status).toBe(204)
    expect(Object.fromEntries(response.headers)).toMatchObject({
      'access-control-allow-origin': appOrigin,
      'access-control-allow-credentials': 'true',
      'access-control-allow-methods': 'GET, POST',
      'access-control-allow-headers': 'content-type',
      'access-control-max-age': '600',
      vary: 'Origin',
    })
    const read = await emulator.handle(new Request(flow._links.self!.href, { headers: { Origin: appOrigin } }))
    expect(read.headers.get('Access-Control-Allow-Origin')).toBe(appOrigin)
    expect(read.headers.get('Access-Control-Allow-Credentials')).toBe('true')
  })

  it('gives a disallowed origin no CORS headers', async () => {
    const { emulator } = setup()
    const flow = await startFlow(emulator)
    const response = await emulator.handle(preflight(flow._links.self!.href, 'https://evil.example'))
    expect(response.headers.get('Access-Control-Allow-Origin')).toBeNull()
    expect(response.headers.get('Access-Control-Allow-Methods')).toBeNull()
    const read = await emulator.handle(new Request(flow._links.self!.href, { headers: { Origin: 'https://evil.example' } }))
    expect(read.headers.get('Access-Control-Allow-Origin')).toBeNull()
  })

  it('lets the app read the 404 of an expired flow', async () => {
    const { emulator } = setup()
    const response = await emulator.handle(new Request(`${base}/flows/gone`, { headers: { Origin: appOrigin } }))
    expect(response.status).toBe(404)
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe(appOrigin)
  })

  it('covers token, jwks and discovery', async () => {
    const { emulator } = setup()
    for (const path of ['as/token', 'as/jwks', 'as/.well-known/openid-configuration']) {
      const response = await emulator.handle(preflight(`${base}/${path}`, appOrigin))
      expect(response.headers.get('Access-Control-Allow-Origin'), path).toBe(appOrigin)
    }
  })
})

describe('single sign-on', () => {
  it('completes a new authorize at once with a valid ST cookie', async () => {
    const { emulator } = setup()
    const { flow: first, cookie } = await signIn(emulator)
    const second = await startFlow(emulator, {}, cookie)
    expect(second.status).toBe('COMPLETED')
    expect(second.session?.id).toBe(first.session?.id)
    expect(second._embedded?.user?.username).toBe('demo')
    const resumed = await emulator.handle(new Request(second.resumeUrl!, { headers: { Cookie: cookie } }))
    expect(((await resumed.json()) as Flow).authorizeResponse?.code).toEqual(expect.any(String))
  })

  it('asks again with prompt=login or an unknown session', async () => {
    const { emulator } = setup()
    const { cookie } = await signIn(emulator)
    expect((await startFlow(emulator, { prompt: 'login' }, cookie)).status).toBe('USERNAME_PASSWORD_REQUIRED')
    expect((await startFlow(emulator, {}, 'ST=unknown')).status).toBe('USERNAME_PASSWORD_REQUIRED')
  })

  it('ends the session on signoff', async () => {
    const { emulator } = setup()
    const { cookie } = await signIn(emulator)
    const response = await emulator.handle(
      new Request(`${base}/as/signoff?post_logout_redirect_uri=${encodeURIComponent('http://localhost:5173/')}&state=q`, {
        headers: { Cookie: cookie },
      }),
    )
    expect(response.status).toBe(302)
    expect(response.headers.get('Location')).toBe('http://localhost:5173/?state=q')
    expect(response.headers.getSetCookie()[0]).toMatch(/^ST=; .*Max-Age=0/)
    expect((await startFlow(emulator, {}, cookie)).status).toBe('USERNAME_PASSWORD_REQUIRED')
  })
})
