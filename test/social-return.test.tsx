import { render, screen, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { PingOneSignOn, type Flow, type SignOnResult } from '../src'
import { environmentId, propsFor, redeem, renderSignOn } from './render'
import { server } from './setup'

/** Plays the browser through the external IdP: authenticate, the IdP's Continue, the callback. */
async function continueAtProvider(authenticateHref: string): Promise<URL> {
  const follow = (href: string) => fetch(href, { redirect: 'manual', credentials: 'include' })
  const toIdp = await follow(authenticateHref)
  const page = await (await follow(toIdp.headers.get('location')!)).text()
  const form = new DOMParser().parseFromString(page, 'text/html').querySelector('form')!
  const callback = new URL(form.action)
  for (const input of form.querySelectorAll<HTMLInputElement>('input[type=hidden]')) {
    callback.searchParams.set(input.name, input.value)
  }
  const back = await follow(callback.href)
  return new URL(back.headers.get('location')!)
}

describe('social sign-on', () => {
  it('comes back from the provider with ?flowId= and delivers the code for the original PKCE verifier', async () => {
    const flows: Flow[] = []
    const { user, unmount, requests } = renderSignOn()
    server.events.on('response:mocked', async ({ request, response }) => {
      if (request.url.includes('/as/authorize')) flows.push(await response.clone().json())
    })
    await user.click(await screen.findByRole('button', { name: 'Continue with Acme ID' }))
    // jsdom cannot navigate; the kit has kept its transaction and asked the browser to leave.
    const href = flows[0]!._embedded!.socialProviders![0]!._links.authenticate.href
    unmount()

    const loginPage = await continueAtProvider(href)
    expect(loginPage.origin + loginPage.pathname).toBe('http://localhost:5173/')
    expect(loginPage.searchParams.get('environmentId')).toBe(environmentId)
    window.history.replaceState(null, '', `/${loginPage.search}`)

    const onComplete = vi.fn<(result: SignOnResult) => void>()
    render(<PingOneSignOn {...propsFor()} onComplete={onComplete} />)
    await waitFor(() => expect(onComplete).toHaveBeenCalledTimes(1))
    const tokens = await redeem(onComplete.mock.calls[0]![0])
    expect(tokens.status).toBe(200)
    expect(tokens.body.id_token).toEqual(expect.any(String))
    expect(requests.filter((r) => r.startsWith('GET /flows/'))).toHaveLength(1)
    expect(requests.filter((r) => r === 'GET /as/authorize')).toHaveLength(1)
    expect(window.location.search).toBe('')
    expect(sessionStorage.length).toBe(0)
  })
})
