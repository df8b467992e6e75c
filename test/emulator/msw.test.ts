import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { Flow } from '../../src/flow/types'
import { createEmulator } from '../../emulator'
import { createEmulatorHandlers } from '../../emulator/msw'
import { authorizeUrl, origin } from './helpers'

const emulator = createEmulator()
const { handlers, clearCookies } = createEmulatorHandlers(emulator, origin)
const server = setupServer(...handlers)

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => {
  emulator.reset()
  clearCookies()
})
afterAll(() => server.close())

async function signIn(credentials: RequestCredentials) {
  const flow = (await (await fetch(authorizeUrl({ response_mode: 'pi.flow', state: 'm', prompt: 'login' }), { credentials: 'include' })).json()) as Flow
  const checked = await checkPassword(flow, credentials)
  expect(checked.status).toBe(200)
  return flow
}

function checkPassword(flow: Flow, credentials: RequestCredentials) {
  return fetch(flow._links['usernamePassword.check']!.href, {
    method: 'POST',
    credentials,
    headers: { 'Content-Type': 'application/vnd.pingidentity.usernamePassword.check+json' },
    body: JSON.stringify({ username: 'demo', password: 'Demo-Passw0rd!' }),
  })
}

describe('MSW adapter', () => {
  it('carries the ST cookie to resume through its jar for credentials: include', async () => {
    const flow = await signIn('include')
    const resumed = await fetch(flow.resumeUrl!, { credentials: 'include' })
    expect(resumed.status).toBe(200)
    expect(((await resumed.json()) as Flow).authorizeResponse).toMatchObject({ code: expect.any(String), state: 'm' })
  })

  it('sends no cookie without credentials: include, and forgets cookies when cleared', async () => {
    const flow = (await (await fetch(authorizeUrl({ response_mode: 'pi.flow' }), { credentials: 'include' })).json()) as Flow
    const refused = await checkPassword(flow, 'same-origin')
    expect(refused.status).toBe(401)
    expect(await refused.json()).toMatchObject({ code: 'ACCESS_FAILED' })
    expect((await checkPassword(flow, 'include')).status).toBe(200)
    expect((await fetch(flow.resumeUrl!, { credentials: 'same-origin' })).status).toBe(401)

    const second = await signIn('include')
    clearCookies()
    expect((await fetch(second.resumeUrl!, { credentials: 'include' })).status).toBe(401)
  })

  it('drops the cookie when signoff expires it', async () => {
    const flow = await signIn('include')
    const signoff = await fetch(flow.resumeUrl!.replace(/resume\?.*$/, 'signoff'), { credentials: 'include' })
    expect(signoff.status).toBe(200)
    expect((await fetch(flow.resumeUrl!, { credentials: 'include' })).status).toBe(401)
  })

  it('passes redirects through', async () => {
    const response = await fetch(authorizeUrl(), { redirect: 'manual' })
    expect(response.status).toBe(302)
    expect(response.headers.get('Location')).toContain('flowId=')
  })
})
