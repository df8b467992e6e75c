import { describe, expect, it } from 'vitest'
import type { Flow } from '../../src/flow/types'
import { act, authorizeUrl, base, demo, errorOf, sessionCookieOf, setup, signIn } from './helpers'

describe('resume', () => {
  it('refuses a COMPLETED flow without its cookie, or with another browser\'s (401 ACCESS_FAILED)', async () => {
    const { emulator } = setup()
    const { flow, cookie } = await signIn(emulator)
    const response = await emulator.handle(new Request(flow.resumeUrl!, { credentials: 'omit' }))
    expect(response.status).toBe(401)
    expect(await errorOf(response)).toMatchObject({ code: 'ACCESS_FAILED', details: [{ code: 'INVALID_TOKEN' }] })
    const other = await emulator.handle(new Request(flow.resumeUrl!, { headers: { Cookie: 'ST=someone-else' } }))
    expect(other.status).toBe(401)
    // Refused calls leave the flow as it was: its own browser still resumes it.
    expect((await emulator.handle(new Request(flow.resumeUrl!, { headers: { Cookie: cookie } }))).status).toBe(200)
  })

  it('answers pi.flow with authorizeResponse {code, state}, once', async () => {
    const { emulator } = setup()
    const { flow, cookie } = await signIn(emulator, { state: 'xyz' })
    const response = await emulator.handle(new Request(flow.resumeUrl!, { headers: { Cookie: cookie } }))
    expect(response.status).toBe(200)
    const body = (await response.json()) as Flow
    expect(body).toMatchObject({
      id: flow.id,
      status: 'COMPLETED',
      session: flow.session,
      authorizeResponse: { code: expect.any(String), state: 'xyz' },
    })
    const again = await emulator.handle(new Request(flow.resumeUrl!, { headers: { Cookie: cookie } }))
    expect(again.status).toBe(404)
    expect((await emulator.handle(new Request(`${base}/flows/${flow.id}`))).status).toBe(404)
  })

  it('leaves state out when authorize had none', async () => {
    const { emulator } = setup()
    const { flow, cookie } = await signIn(emulator)
    const body = (await (await emulator.handle(new Request(flow.resumeUrl!, { headers: { Cookie: cookie } }))).json()) as Flow
    expect(Object.keys(body.authorizeResponse!)).toEqual(['code'])
  })

  it('refuses a flow that is not finished', async () => {
    const { emulator } = setup()
    const started = await emulator.handle(new Request(authorizeUrl({ response_mode: 'pi.flow' })))
    const flow = (await started.json()) as Flow
    expect((await emulator.handle(new Request(flow.resumeUrl!))).status).toBe(400)
  })

  it('redirects to redirect_uri with code and state in redirect mode', async () => {
    const { emulator } = setup()
    const start = await emulator.handle(
      new Request(authorizeUrl({ state: 'abc', redirect_uri: 'http://localhost:5173/' })),
    )
    const flowId = new URL(start.headers.get('Location')!).searchParams.get('flowId')!
    const flow = (await (await emulator.handle(new Request(`${base}/flows/${flowId}`))).json()) as Flow
    const signedIn = await act(emulator, flow, 'usernamePassword.check', demo)
    const response = await emulator.handle(
      new Request(flow.resumeUrl!, { headers: { Cookie: sessionCookieOf(signedIn) } }),
    )
    expect(response.status).toBe(302)
    const location = new URL(response.headers.get('Location')!)
    expect(location.origin + location.pathname).toBe('http://localhost:5173/')
    expect(location.searchParams.get('code')).toEqual(expect.any(String))
    expect(location.searchParams.get('state')).toBe('abc')
  })
})
