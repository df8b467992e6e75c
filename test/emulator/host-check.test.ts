import { describe, expect, it } from 'vitest'
import { hostCheck, hostnameOf } from '../../emulator/http/hostCheck'
import { isLoopbackHost } from '../../emulator/http/loopback'

// The Node server's Host check (finding 5, DNS rebinding), as a function; laptop-safety.test.ts
// shows it over real HTTP.

const check = (bound: string, allowedHosts: string[] = [], customDomains: string[] = []) =>
  hostCheck({ bound, allowedHosts, customDomains })

describe('hostCheck', () => {
  it('answers for the host it is bound to, any case and port', () => {
    const serves = check('emulator.internal')
    expect(serves('Emulator.Internal:4010')).toBe(true)
    expect(serves('emulator.internal.')).toBe(true)
    expect(serves('other.internal')).toBe(false)
  })

  it('adds nothing for a wildcard address: 0.0.0.0 or :: is not a name a page should use', () => {
    for (const bound of ['0.0.0.0', '::']) {
      const serves = check(bound)
      expect(serves('0.0.0.0:4010')).toBe(false)
      expect(serves('[::]:4010')).toBe(false)
      expect(serves('localhost:4010')).toBe(true)
    }
  })

  it('takes allowedHosts and custom domains as names, origins or host:port', () => {
    const serves = check('localhost', ['LAPTOP.local:4010', 'https://auth.test'], ['https://login.example.com'])
    expect(['laptop.local', 'auth.test:443', 'LOGIN.example.com:8443'].map(serves)).toEqual([true, true, true])
  })

  it('refuses a missing, empty or odd Host', () => {
    const serves = check('localhost')
    for (const host of [undefined, '', 'evil@localhost', 'localhost/x', 'localhost:port', 'local host']) {
      expect(serves(host), String(host)).toBe(false)
    }
  })
})

describe('hostnameOf and isLoopbackHost', () => {
  it('reads names, ports, brackets and bare IPv6', () => {
    expect(['::1', '[::1]:80', 'Example.COM:1', 'http://a.test:2/'].map(hostnameOf)).toEqual(['[::1]', '[::1]', 'example.com', 'a.test'])
  })

  it('knows loopback without resolving names', () => {
    expect(['localhost', 'a.b.localhost', '127.0.0.1', '127.255.0.9', '::1', '[::1]'].every(isLoopbackHost)).toBe(true)
    expect(['127.0.0.1.nip.io', 'localhost.evil.test', '128.0.0.1', '127.0.0.256', '0.0.0.0', '[::]'].some(isLoopbackHost)).toBe(false)
  })
})
