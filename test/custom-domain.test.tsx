import { screen, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { defaultConfig } from '../emulator'
import type { SignOnResult } from '../src'
import { resolveConfig } from '../src/flow/config'
import { environmentId, propsFor, redeem, renderSignOn } from './render'

// With a custom domain, PingOne serves the environment at https://{customDomain}/* instead of
// https://auth.pingone.com/{envId}/*, and its ST cookie is first-party to the sign-on page:
// https://developer.pingidentity.com/pingone-api/platform/custom-domains.html

const customDomain = 'https://auth.example.com'
const config = { ...defaultConfig, customDomains: [customDomain] }

function renderOnCustomDomain(props: Parameters<typeof renderSignOn>[0] = {}) {
  return renderSignOn({ customDomain, ...props }, { config, baseUrl: customDomain })
}

async function signOn(user: ReturnType<typeof renderSignOn>['user']) {
  await user.type(await screen.findByLabelText('Username'), 'demo')
  await user.type(screen.getByLabelText('Password'), 'Demo-Passw0rd!')
  await user.click(screen.getByRole('button', { name: 'Sign on' }))
}

describe('signing on through a custom domain', () => {
  it('sends every request to the custom domain, without the environment id, and delivers a code it redeems', async () => {
    const onComplete = vi.fn<(result: SignOnResult) => void>()
    const { user, urls } = renderOnCustomDomain({ onComplete })

    await signOn(user)

    await waitFor(() => expect(onComplete).toHaveBeenCalledTimes(1))
    expect(urls.map((url) => url.replace(/\?.*$/, ''))).toEqual([
      `${customDomain}/as/authorize`,
      expect.stringMatching(new RegExp(`^${customDomain.replaceAll('.', '\\.')}/flows/[^/]+$`)),
      `${customDomain}/as/resume`,
    ])
    expect(urls.some((url) => url.includes(environmentId))).toBe(false)
    const tokens = await redeem(onComplete.mock.calls[0]![0], `${customDomain}/as/token`)
    expect(tokens.status).toBe(200)
    expect(tokens.body.token_type).toBe('Bearer')
  })

  it('refuses a link on auth.pingone.com, which it no longer trusts', async () => {
    const onError = vi.fn()
    const onComplete = vi.fn()
    const { emulator, user, urls } = renderOnCustomDomain({ onError, onComplete })
    const flowUrl = (flowId: string) => `https://auth.pingone.com/${environmentId}/flows/${flowId}`
    emulator.faults.add({
      on: { endpoint: 'authorize' },
      fault: { kind: 'mutateFlow', set: { _links: { 'usernamePassword.check': { href: flowUrl('0f0e0d0c-0b0a-4909-8807-060504030201') } } } },
    })

    await signOn(user)

    expect(await screen.findByRole('alert')).toHaveTextContent('This sign-on tried to send you to an unexpected address')
    await waitFor(() => expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'UNTRUSTED_LINK' })))
    expect(urls.filter((url) => !url.startsWith(`${customDomain}/`))).toEqual([])
    expect(onComplete).not.toHaveBeenCalled()
  })
})

describe('the customDomain prop', () => {
  it.each(['auth.example.com', 'ftp://auth.example.com', '', 'http://auth.example.com'])('must be an https URL, not %j', (value) => {
    expect(() => resolveConfig({ ...propsFor(), customDomain: value })).toThrow(
      new TypeError(`<PingOneSignOn> \`customDomain\` must be an https URL (http only on localhost); got "${value}".`),
    )
  })

  it('replaces authBaseUrl and the environment id as the root of every path', () => {
    const resolved = resolveConfig({ ...propsFor(), authBaseUrl: 'eu', customDomain: `${customDomain}/` })
    expect(resolved).toMatchObject({ authOrigin: customDomain, environmentUrl: customDomain, customDomain })
  })
})
