import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import type { Emulator, FaultRule } from '../emulator'
import { PingOneSignOn } from '../src'
import { resolveConfig } from '../src/flow/config'
import { trustedUrl } from '../src/flow/http'
import { authBaseUrl, environmentId, mountEmulator, propsFor, renderSignOn, withApplication } from './render'
import { server } from './setup'
import { openAuthorizeInRedirectMode } from './support/redirectMode'
import { watchNavigations } from './support/navigations'

// Every link the kit follows comes from PingOne's answers: action links (POSTed to), `resumeUrl`
// (read in pi.flow mode, navigated to in redirect mode), a social provider's `authenticate` and
// EXTERNAL_AUTHENTICATION_REQUIRED's `authenticate` (navigated to). `_links.signOnPage` is never
// followed. A link off the configured PingOne origin is refused: the user is told, onError gets
// UNTRUSTED_LINK, and nothing is requested from or navigated to it. `_links.self` (read to poll and
// resync) is the exception: off the origin it is not read, and the flow is read by its id instead
// (test/flow-id-changes.test.tsx).

const env = `${authBaseUrl}/${environmentId}`
const flowId = '0f0e0d0c-0b0a-4909-8807-060504030201'
const path = `/${environmentId}/flows/${flowId}`
/** Another PingOne environment, on the same origin: another tenant's flows. */
const other = '0d3b8a4e-5f6a-4b7c-8d9e-0a1b2c3d4e5f'

const untrusted = [
  ['another origin', `https://evil.example${path}`],
  ['a javascript: URL', `javascript:'followed'`],
  ['a javascript: URL after spaces', `  javascript:'followed'`],
  ['a data: URL', `data:text/html,<script>parent.postMessage('followed','*')</script>`],
  ['a relative path', path],
  ['a protocol-relative URL', `//evil.example${path}`],
  ['the same host on another port', `https://auth.pingone.com:8443${path}`],
  ['the same host over plain http', `http://auth.pingone.com${path}`],
  ['userinfo in front of another host', `https://auth.pingone.com@evil.example${path}`],
  ['a backslash in front of the userinfo', `https://evil.example\\@auth.pingone.com${path}`],
  ['a look-alike host', `https://auth.pingone.com.evil.example${path}`],
  // The right origin, another tenant: issue 14, finding 2.
  ['another environment', `https://auth.pingone.com/${other}/flows/${flowId}`],
  ['dot-dot out of the environment', `https://auth.pingone.com/${environmentId}/../${other}/flows/${flowId}`],
  ['an encoded dot-dot', `https://auth.pingone.com/${environmentId}/%2e%2E/${other}/flows/${flowId}`],
  ['an encoded slash', `https://auth.pingone.com/${environmentId}%2F..%2F${other}/flows/${flowId}`],
  ['a dot-dot with an encoded slash', `https://auth.pingone.com/${environmentId}/..%2F${other}/flows/${flowId}`],
  ['backslashes', `https://auth.pingone.com\\${other}\\flows\\${flowId}`],
  ['an upper-case scheme and host', `HTTPS://AUTH.PINGONE.COM/${other}/flows/${flowId}`],
  ['an explicit :443', `https://auth.pingone.com:443/${other}/flows/${flowId}`],
  ['the environment id as a prefix', `https://auth.pingone.com/${environmentId}0/flows/${flowId}`],
  ['userinfo on the PingOne host', `https://user:pass@auth.pingone.com${path}`],
] as const

type Rendered = { emulator: Emulator; user: ReturnType<typeof userEvent.setup> }
type LinkKind = {
  /** Renders the kit with the emulator's answer carrying `href` (or its own link when null). */
  render(href: string | null, props: { onError: () => void; onComplete: () => void }): Promise<Rendered>
  /** What the user does to make the kit follow the link. */
  follow(rendered: Rendered): Promise<void>
  /** How following it shows when the link is PingOne's own. */
  followed: 'request' | 'navigation'
}

const mutate = (on: FaultRule['on'], set: Record<string, unknown>): FaultRule => ({ on, fault: { kind: 'mutateFlow', set } })

async function signOn({ user }: Rendered, username = 'demo') {
  await user.type(await screen.findByLabelText('Username'), username)
  await user.type(screen.getByLabelText('Password'), 'Demo-Passw0rd!')
  await user.click(screen.getByRole('button', { name: 'Sign on' }))
}


const signedOn = { endpoint: 'flow', method: 'POST', action: 'usernamePassword.check' } as const

const kinds: Record<string, LinkKind> = {
  'an action link': {
    render: async (href, props) => {
      const rendered = renderSignOn(props)
      if (href) rendered.emulator.faults.add(mutate({ endpoint: 'authorize' }, { _links: { 'usernamePassword.check': { href } } }))
      return rendered
    },
    follow: (rendered) => signOn(rendered),
    followed: 'request',
  },
  'resumeUrl (pi.flow)': {
    render: async (href, props) => {
      const rendered = renderSignOn(props)
      if (href) rendered.emulator.faults.add(mutate(signedOn, { resumeUrl: href }))
      return rendered
    },
    follow: (rendered) => signOn(rendered),
    followed: 'request',
  },
  'resumeUrl (redirect mode)': {
    render: async (href, props) => {
      const { emulator } = mountEmulator()
      if (href) emulator.faults.add(mutate(signedOn, { resumeUrl: href }))
      render(<PingOneSignOn {...propsFor()} {...props} flowId={(await openAuthorizeInRedirectMode()).searchParams.get('flowId')} />)
      return { emulator, user: userEvent.setup() }
    },
    follow: (rendered) => signOn(rendered),
    followed: 'navigation',
  },
  "a social provider's authenticate": {
    render: async (href, props) => {
      const rendered = renderSignOn(props)
      const provider = { id: 'acme', name: 'Acme ID', type: 'OPENID_CONNECT', _links: { authenticate: { href } } }
      if (href) rendered.emulator.faults.add(mutate({ endpoint: 'authorize' }, { _embedded: { socialProviders: [provider] } }))
      return rendered
    },
    follow: async ({ user }) => user.click(await screen.findByRole('button', { name: 'Continue with Acme ID' })),
    followed: 'navigation',
  },
  "external authentication's authenticate": {
    render: async (href, props) => {
      const rendered = renderSignOn(props, { config: withApplication({ signOnPolicy: 'identifierFirst' }) })
      const lookup = { endpoint: 'flow', method: 'POST', action: 'user.lookup' } as const
      if (href) rendered.emulator.faults.add(mutate(lookup, { _links: { authenticate: { href } } }))
      return rendered
    },
    follow: async ({ user }) => {
      await user.type(await screen.findByLabelText('Username'), 'partner')
      await user.click(screen.getByRole('button', { name: 'Next' }))
      await user.click(await screen.findByRole('button', { name: 'Continue to Partner SSO' }))
    },
    followed: 'navigation',
  },
}

/** Every URL the kit requested during the test. */
function recordRequests(): string[] {
  const urls: string[] = []
  server.events.on('request:start', ({ request }) => void urls.push(request.url))
  return urls
}

describe.each(Object.entries(kinds))('%s', (_kind, kind) => {
  it.each(untrusted)('to %s is refused, with an error and without being followed', async (_name, href) => {
    const onError = vi.fn()
    const onComplete = vi.fn()
    const rendered = await kind.render(href, { onError, onComplete })
    const requested = recordRequests()
    const navigations = watchNavigations()
    const page = window.location.href

    await kind.follow(rendered)

    expect(await screen.findByRole('alert')).toHaveTextContent('This sign-on tried to send you to an unexpected address')
    await waitFor(() => expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'UNTRUSTED_LINK' })))
    expect(requested.filter((url) => !url.startsWith(`${env}/`))).toEqual([])
    expect(navigations).toEqual([])
    expect(window.location.href).toBe(page)
    expect(onComplete).not.toHaveBeenCalled()
  })

  it('on the PingOne origin is followed (the control for the above)', async () => {
    const onError = vi.fn()
    const onComplete = vi.fn()
    const rendered = await kind.render(null, { onError, onComplete })
    const navigations = watchNavigations()

    await kind.follow(rendered)

    if (kind.followed === 'navigation') await waitFor(() => expect(navigations).toHaveLength(1))
    else await waitFor(() => expect(onComplete).toHaveBeenCalledTimes(1))
    expect(onError).not.toHaveBeenCalled()
  })
})

describe('the tenant check', () => {
  const config = resolveConfig(propsFor())

  it.each([
    ['an upper-case scheme and host', `HTTPS://AUTH.PINGONE.COM${path}`],
    ['an explicit :443', `https://auth.pingone.com:443${path}`],
    ['a dot-dot that stays inside', `https://auth.pingone.com/${environmentId}/flows/../flows/${flowId}`],
    ['backslashes that stay inside', `https://auth.pingone.com\\${environmentId}\\flows\\${flowId}`],
    ['the environment id in upper case', `https://auth.pingone.com/${environmentId.toUpperCase()}/flows/${flowId}`],
  ])('reads %s as the link it is, and follows it', (_name, href) => {
    expect(trustedUrl(config, href).href.toLowerCase()).toBe(`${env}/flows/${flowId}`.toLowerCase())
  })

  it('on a custom domain, trusts every path of that origin and nothing else', () => {
    const custom = resolveConfig({ ...propsFor(), customDomain: 'https://auth.example.com' })
    expect(trustedUrl(custom, `https://auth.example.com/flows/${flowId}`).pathname).toBe(`/flows/${flowId}`)
    expect(() => trustedUrl(custom, `https://auth.pingone.com${path}`)).toThrow(expect.objectContaining({ code: 'UNTRUSTED_LINK' }))
  })
})

describe('links the kit has no use for', () => {
  it('never follows signOnPage, nor a self link off the PingOne origin', async () => {
    const onComplete = vi.fn()
    const rendered = renderSignOn({ onComplete })
    const elsewhere = { href: `https://evil.example${path}` }
    rendered.emulator.faults.add(mutate(signedOn, { _links: { self: elsewhere, signOnPage: elsewhere } }))
    const requested = recordRequests()
    const navigations = watchNavigations()

    await signOn(rendered)

    await waitFor(() => expect(onComplete).toHaveBeenCalledTimes(1))
    expect(requested.filter((url) => !url.startsWith(`${env}/`))).toEqual([])
    expect(navigations).toEqual([])
  })
})
