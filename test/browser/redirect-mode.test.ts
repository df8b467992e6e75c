import { createHash, randomBytes } from 'node:crypto'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoUrl, emulatorOrigin, environmentId, recordPingOneRequests } from './browser'
import { launchChromium } from './chromium'

const clientId = 'd2a1e9f4-7c3b-4e58-a6d1-0f9b8c7e6a54'
let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(() => browser?.close())

describe('redirect mode: PingOne sends the browser to the custom login page', () => {
  it('continues the flow from ?flowId= and finishes by navigating to resumeUrl', async () => {
    const context = await browser.newContext()
    const requests = recordPingOneRequests(context)
    const page = await context.newPage()
    // The host app's own authorization request, as a server-side or SPA OIDC library would send it.
    const verifier = randomBytes(32).toString('base64url')
    const authorize = new URL(`${emulatorOrigin}/${environmentId}/as/authorize`)
    authorize.search = new URLSearchParams({
      response_type: 'code',
      client_id: clientId,
      redirect_uri: demoUrl,
      scope: 'openid',
      state: 'host-state',
      code_challenge: createHash('sha256').update(verifier).digest('base64url'),
      code_challenge_method: 'S256',
    }).toString()

    await page.goto(authorize.href)
    expect(new URL(page.url()).searchParams.get('flowId')).toBeTruthy()
    await page.getByLabel('Username').fill('demo')
    await page.getByLabel('Password').fill('Demo-Passw0rd!')
    await page.getByRole('button', { name: 'Sign on' }).click()

    await page.waitForURL((url) => url.searchParams.has('code'))
    const back = new URL(page.url())
    expect(back.origin + back.pathname).toBe(demoUrl)
    expect(back.searchParams.get('state')).toBe('host-state')
    expect(requests.slice(0, 4)).toEqual([
      'GET /as/authorize',
      'GET /flows/:id',
      'POST /flows/:id usernamePassword.check',
      'GET /as/resume',
    ])

    const token = await fetch(`${emulatorOrigin}/${environmentId}/as/token`, {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        client_id: clientId,
        code: back.searchParams.get('code')!,
        code_verifier: verifier,
        redirect_uri: demoUrl,
      }),
    })
    expect(token.status).toBe(200)
    await context.close()
  })
})
