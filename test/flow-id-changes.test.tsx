import { screen, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { defaultConfig, type EmulatorConfig } from '../emulator'
import { redeem, renderSignOn } from './render'

// Real tenants differ from the documented answers (real-clients.md D3): the flow may get a new id
// with every answer once the user has passed a credential check, and self links may say http:.
// The kit reads the flow where PingOne's latest answer says it is.

type Rendered = ReturnType<typeof renderSignOn>

async function signOn({ user }: Rendered, username: string) {
  await user.type(await screen.findByLabelText('Username'), username)
  await user.type(screen.getByLabelText('Password'), 'Demo-Passw0rd!')
  await user.click(screen.getByRole('button', { name: 'Sign on' }))
}

/** Signs in through the push step: waits for polls, approves on the "phone", and returns the code. */
async function signInWithPush(config: EmulatorConfig) {
  const onComplete = vi.fn()
  const onError = vi.fn()
  const rendered = renderSignOn({ onComplete, onError }, { config })
  await signOn(rendered, 'mfa-push')
  const heading = await screen.findByRole('heading', { name: 'Approve the sign-on on your phone' })
  expect(heading).toHaveFocus()
  heading.blur()
  const reads = () => rendered.requests.filter((r) => /^GET \/flows\/[^ ]+$/.test(r)).length
  const before = reads()
  await waitFor(() => expect(reads()).toBeGreaterThanOrEqual(before + 2), { timeout: 8000 })
  // No poll's answer took focus back to the heading, whatever its id.
  expect(heading).not.toHaveFocus()
  const [push] = rendered.emulator.pushes()
  expect(rendered.emulator.push(push!.flowId, 'approve')).toBe(true)
  await waitFor(() => expect(onComplete).toHaveBeenCalledTimes(1), { timeout: 8000 })
  expect(onError).not.toHaveBeenCalled()
  return { rendered, result: onComplete.mock.calls[0]![0] }
}

describe('a flow whose id changes with every answer after the password', () => {
  it('signs in through MFA with push polling: every poll and the resume follow the latest answer', { timeout: 20_000 }, async () => {
    const { rendered, result } = await signInWithPush({ ...defaultConfig, rotateFlowIds: true })
    const flowIds = rendered.urls.map((url) => /\/flows\/([^/?]+)/.exec(url)?.[1] ?? new URL(url).searchParams.get('flowId')).filter(Boolean)
    // The password went to the first id, the polls each to a newer one, resume to the last.
    expect(new Set(flowIds).size).toBeGreaterThanOrEqual(4)
    expect(rendered.requests.filter((r) => r === 'GET /as/authorize')).toHaveLength(1)
    expect((await redeem(result)).status).toBe(200)
  })
})

describe('self links that say http:', () => {
  it('are read over https on PingOne\'s host, never over http', { timeout: 20_000 }, async () => {
    const { rendered, result } = await signInWithPush({ ...defaultConfig, httpSelfLinks: true })
    expect(rendered.urls.every((url) => url.startsWith('https://auth.pingone.com/'))).toBe(true)
    expect((await redeem(result)).status).toBe(200)
  })

  it('on another host are not followed: the flow is read by its id', async () => {
    const rendered = renderSignOn()
    rendered.emulator.faults.add({
      on: { endpoint: 'flow', method: 'POST' },
      fault: { kind: 'mutateFlow', set: { _links: { self: { href: 'https://evil.example/flows/x' } } } },
    })
    await signOn(rendered, 'mfa-push')
    await screen.findByRole('heading', { name: 'Approve the sign-on on your phone' })
    await waitFor(() => expect(rendered.requests.filter((r) => /^GET \/flows\//.test(r)).length).toBeGreaterThanOrEqual(1), { timeout: 8000 })
    expect(rendered.urls.filter((url) => !url.startsWith('https://auth.pingone.com/'))).toEqual([])
  })
})
