import { render, screen, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { PingOneSignOn, startSignOn } from '../src'
import { resolveConfig } from '../src/flow/config'
import { mountEmulator, propsFor } from './render'
import { server } from './setup'

// Issue 14, finding 3: a region shorthand that is not PingOne's (`au` → https://auth.pingone.au) or
// plain http to any host would send the password off PingOne, or over the network in the clear.
// A refused prop is named, shown as a configuration error, and nothing is sent.

/** Every URL requested from now on, whatever its host. */
function recordRequests(): string[] {
  const urls: string[] = []
  server.events.on('request:start', ({ request }) => void urls.push(request.url))
  return urls
}

describe('authBaseUrl', () => {
  it.each([
    ['com', 'https://auth.pingone.com'],
    ['eu', 'https://auth.pingone.eu'],
    ['ca', 'https://auth.pingone.ca'],
    ['asia', 'https://auth.pingone.asia'],
    ['com.au', 'https://auth.pingone.com.au'],
    ['sg', 'https://auth.pingone.sg'],
  ])('takes PingOne\'s region %j as %s', (region, origin) => {
    expect(resolveConfig({ ...propsFor(), authBaseUrl: region }).authOrigin).toBe(origin)
  })

  it.each(['au', 'us', 'uk', 'io', 'com.br', 'EU', 'eu.'])('refuses %j, which is no PingOne region', (value) => {
    expect(() => resolveConfig({ ...propsFor(), authBaseUrl: value })).toThrow(
      `<PingOneSignOn> \`authBaseUrl\` must be an https URL (http only on localhost), or a PingOne region (com, eu, ca, asia, com.au, sg); got "${value}".`,
    )
  })

  it.each(['http://auth.pingone.com', 'http://auth.example.test:4010', 'http://192.168.1.20:4010', 'https://user:pw@auth.pingone.com', 'https://auth.pingone.com/?x=1'])(
    'refuses %j',
    (value) => {
      expect(() => resolveConfig({ ...propsFor(), authBaseUrl: value })).toThrow(/`authBaseUrl` must be an https URL/)
    },
  )

  it.each(['http://localhost:4010', 'http://127.0.0.1:4010', 'http://[::1]:4010', 'http://pingone.localhost:4010', 'https://auth.pingone.eu'])(
    'takes %j (http only on this machine, for the emulator)',
    (value) => {
      expect(resolveConfig({ ...propsFor(), authBaseUrl: value }).authOrigin).toBe(new URL(value).origin)
    },
  )
})

describe('a refused config', () => {
  it('is shown as a setup problem, reported as INVALID_CONFIG naming the prop, and nothing is sent', async () => {
    mountEmulator()
    const requested = recordRequests()
    const onError = vi.fn()

    render(<PingOneSignOn {...propsFor()} authBaseUrl="au" onError={onError} />)

    expect(await screen.findByRole('alert')).toHaveTextContent('This sign-on page is not set up correctly')
    await waitFor(() => expect(onError).toHaveBeenCalledTimes(1))
    expect(onError.mock.calls[0]![0]).toMatchObject({ code: 'INVALID_CONFIG', status: 0, message: expect.stringContaining('`authBaseUrl`') })
    // Starting again would not mend the page.
    expect(screen.queryByRole('button', { name: 'Start again' })).toBeNull()
    expect(requested).toEqual([])
  })

  it('says so in the page\'s language, never first in English', async () => {
    mountEmulator()
    render(<PingOneSignOn {...propsFor()} authBaseUrl="au" locale="de" />)
    expect(await screen.findByRole('alert')).toHaveTextContent('Diese Anmeldeseite ist nicht richtig eingerichtet')
  })

  it('names a missing environmentId the same way', async () => {
    mountEmulator()
    const onError = vi.fn()
    render(<PingOneSignOn {...propsFor()} environmentId="" onError={onError} />)
    expect(await screen.findByRole('alert')).toHaveTextContent('This sign-on page is not set up correctly')
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'INVALID_CONFIG', message: '<PingOneSignOn> needs a non-empty `environmentId`.' }))
  })

  it('makes startSignOn send nothing and leave the error to the provider', async () => {
    mountEmulator()
    const requested = recordRequests()
    const config = { ...propsFor(), authBaseUrl: 'http://auth.pingone.com' }

    const started = startSignOn(config)
    await started.settled
    const onError = vi.fn()
    render(<PingOneSignOn {...config} started={started} onError={onError} />)

    expect(await screen.findByRole('alert')).toHaveTextContent('This sign-on page is not set up correctly')
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'INVALID_CONFIG' }))
    expect(requested).toEqual([])
  })
})
