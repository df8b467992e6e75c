import { describe, expect, it } from 'vitest'
import type { Flow } from '../../src/flow/types'
import { base, envId, setup, startFlow } from './helpers'

/** Follows the provider's authenticate link to the fake IdP page and parses its form. */
async function openIdp(emulator: ReturnType<typeof setup>['emulator'], flow: Flow) {
  const href = flow._embedded!.socialProviders![0]!._links.authenticate.href
  const leave = await emulator.handle(new Request(href))
  expect(leave.status).toBe(302)
  const page = await emulator.handle(new Request(leave.headers.get('Location')!))
  expect(page.headers.get('Content-Type')).toContain('text/html')
  const html = await page.text()
  const action = /<form method="get" action="([^"]+)"/.exec(html)?.[1]
  const hidden = (name: string) => new RegExp(`name="${name}" value="([^"]+)"`).exec(html)?.[1] ?? ''
  return { html, action: action!, code: hidden('code'), state: hidden('state') }
}

describe('social sign-on', () => {
  it('goes to the fake IdP, comes back COMPLETED with a session', async () => {
    const { emulator } = setup()
    const flow = await startFlow(emulator)
    const idp = await openIdp(emulator, flow)
    expect(idp.html).toMatch(/^<!doctype html>\n<html lang="en">/)
    expect(idp.html).toContain('<title>Sign in with Acme ID</title>')
    expect(idp.html).toContain('<h1>Acme ID</h1>')
    expect(idp.html).toContain('Demo App')
    expect(idp.html).toContain('Demo User (demo)')
    expect(idp.html).toContain('<button type="submit">Continue</button>')
    expect(idp.action).toBe(`${base}/rp/callback/OPENID_CONNECT`)

    const callback = new URL(idp.action)
    callback.search = new URLSearchParams({ code: idp.code, state: idp.state }).toString()
    const back = await emulator.handle(new Request(callback))
    expect(back.status).toBe(302)
    const location = new URL(back.headers.get('Location')!)
    expect(location.origin).toBe('http://localhost:5173')
    expect(location.searchParams.get('environmentId')).toBe(envId)
    expect(location.searchParams.get('flowId')).toBe(flow.id)
    expect(back.headers.getSetCookie()[0]).toMatch(new RegExp(`^ST=[^;]+; Path=/${envId}; Max-Age=2592000`))

    const completed = (await (await emulator.handle(new Request(`${base}/flows/${flow.id}`))).json()) as Flow
    expect(completed.status).toBe('COMPLETED')
    expect(completed._embedded?.user?.username).toBe('demo')

    const replay = await emulator.handle(new Request(callback))
    expect(replay.status).toBe(400)
  })

  it('returns to the login page with the flow unchanged on Cancel', async () => {
    const { emulator } = setup()
    const flow = await startFlow(emulator)
    const idp = await openIdp(emulator, flow)
    const callback = new URL(idp.action)
    callback.search = new URLSearchParams({ code: idp.code, state: idp.state, error: 'access_denied' }).toString()
    const back = await emulator.handle(new Request(callback))
    expect(back.status).toBe(302)
    expect(new URL(back.headers.get('Location')!).searchParams.get('flowId')).toBe(flow.id)
    expect(back.headers.getSetCookie()).toEqual([])
    const same = (await (await emulator.handle(new Request(`${base}/flows/${flow.id}`))).json()) as Flow
    expect(same.status).toBe('USERNAME_PASSWORD_REQUIRED')
  })

  it('refuses an unknown provider or flow', async () => {
    const { emulator } = setup()
    const flow = await startFlow(emulator)
    const unknownProvider = await emulator.handle(
      new Request(`${base}/rp/authenticate?providerId=nope&flowId=${flow.id}`),
    )
    expect(unknownProvider.status).toBe(400)
    const unknownFlow = await emulator.handle(
      new Request(`${base}/rp/authenticate?providerId=${flow._embedded!.socialProviders![0]!.id}&flowId=nope`),
    )
    expect(unknownFlow.status).toBe(404)
    expect((await emulator.handle(new Request(`${base}/rp/fake-idp?state=nope`))).status).toBe(400)
  })
})
