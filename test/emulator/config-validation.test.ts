import { describe, expect, it } from 'vitest'
import { createEmulator, defaultConfig, type EmulatorConfig } from '../../emulator'
import { configFromJson } from '../../emulator/cli/configFile'
import { describeConfigProblem } from '../../emulator/config/configProblem'
import { validateConfig } from '../../emulator/config/validateConfig'

// "Mistakes named" (issue 15): a config's mistakes, found where they are made and named by field.

const [app] = defaultConfig.applications
const withOrigins = (corsOrigins: string[]): EmulatorConfig => ({ ...defaultConfig, applications: [{ ...app!, corsOrigins }] })
const json = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown

describe('validateConfig', () => {
  it('passes defaultConfig, as JSON too', () => {
    expect(validateConfig(defaultConfig)).toEqual([])
    expect(validateConfig(json(defaultConfig))).toEqual([])
  })

  it('refuses an origin that no browser sends, naming its path', () => {
    for (const bad of ['localhost:5173', 'http://localhost:5173/', 'http://localhost:5173/path', '*', 'HTTP://LOCALHOST:5173', 'http://localhost:80']) {
      const [problem, ...more] = validateConfig(withOrigins(['http://localhost:5173', bad]))
      expect(more, bad).toEqual([])
      expect(problem).toMatchObject({ path: 'applications[0].corsOrigins[1]', got: bad })
      expect(problem!.expected).toContain('an origin such as "http://localhost:5173"')
    }
  })

  it('refuses redirect URIs and login pages that are not absolute http(s) URLs', () => {
    const config = { ...defaultConfig, applications: [{ ...app!, redirectUris: ['/callback'], loginPageUrl: 'myapp://signin' }] }
    expect(validateConfig(config).map((p) => p.path)).toEqual(['applications[0].redirectUris[0]', 'applications[0].loginPageUrl'])
  })

  it('refuses a fault rule with a bad kind, taking times: -1 for always', () => {
    const good = { on: { endpoint: 'token' }, fault: { kind: 'status', status: 503 }, times: -1 }
    expect(validateConfig({ ...defaultConfig, faults: [good] })).toEqual([])
    const [problem] = validateConfig({ ...defaultConfig, faults: [good, { fault: { kind: 'explode' } }] })
    expect(problem).toMatchObject({ path: 'faults[1].fault.kind', got: 'explode' })
    expect(problem!.expected).toMatch(/^one of status, rateLimit/)
  })

  it('names wrong types, unknown fields and ids that point nowhere', () => {
    const typo = { ...defaultConfig, applications: [{ ...app!, corsOrigin: ['http://localhost:5173'] }] }
    expect(validateConfig(typo)[0]).toMatchObject({ path: 'applications[0].corsOrigin' })
    expect(validateConfig({ ...defaultConfig, users: [{ username: 'x' }] })[0]).toMatchObject({ path: 'users[0].password', got: undefined })
    expect(validateConfig({ ...defaultConfig, lockout: { failures: 0, seconds: 60 } })[0]).toMatchObject({ path: 'lockout.failures' })
    expect(validateConfig({ ...defaultConfig, socialProviders: [] }).map((p) => p.path)).toEqual([
      'applications[0].socialProviderIds[0]',
      'applications[0].socialProviderIds[1]',
      'applications[0].socialProviderIds[2]',
      'users[3].identityProvider',
    ])
    expect(validateConfig([])[0]).toMatchObject({ path: '', expected: 'an emulator config' })
  })

  it('reads as a sentence', () => {
    const [problem] = validateConfig(withOrigins(['localhost:5173']))
    expect(describeConfigProblem(problem!)).toBe(
      'applications[0].corsOrigins[0] must be an origin such as "http://localhost:5173" (scheme, host and port as a browser sends them; no path, no trailing slash, no "*"); got "localhost:5173".',
    )
  })
})

describe('a config file', () => {
  it('takes the top-level fields it leaves out from defaultConfig', () => {
    const config = configFromJson(JSON.stringify({ flowCookie: 'optional', users: [{ username: 'ann', password: 'pw' }] }), 'e.json')
    expect(config).toMatchObject({ environmentId: defaultConfig.environmentId, flowCookie: 'optional', users: [{ username: 'ann' }] })
    expect(config.applications).toEqual(defaultConfig.applications)
  })

  it('is refused with every problem named, in the order written', () => {
    const file = JSON.stringify({ applications: [{ ...app!, redirectUris: ['http://localhost:5173/#x'], corsOrigins: ['*'] }] })
    expect(() => configFromJson(file, 'e.json')).toThrow(
      /^e\.json is not a valid emulator config:\n {2}applications\[0\]\.redirectUris\[0\] must be .*\n {2}applications\[0\]\.corsOrigins\[0\] must be an origin .*; got "\*"\.$/,
    )
    expect(() => configFromJson('{ nope', 'e.json')).toThrow(/^e\.json is not JSON/)
    expect(() => configFromJson('[]', 'e.json')).toThrow(/must hold a JSON object/)
  })
})

describe('createEmulator', () => {
  it('throws a TypeError naming an origin or URL that could never match', () => {
    const cases: [Partial<EmulatorConfig>, string][] = [
      [withOrigins(['http://localhost:5173/']), 'applications[0].corsOrigins[0]'],
      [{ applications: [{ ...app!, redirectUris: ['localhost:5173/'] }] }, 'applications[0].redirectUris[0]'],
      [{ applications: [{ ...app!, loginPageUrl: 'not a url' }] }, 'applications[0].loginPageUrl'],
      [{ customDomains: ['auth.example.com'] }, 'customDomains[0]'],
    ]
    for (const [patch, path] of cases) {
      expect(() => createEmulator({ ...defaultConfig, ...patch }), path).toThrow(TypeError)
      expect(() => createEmulator({ ...defaultConfig, ...patch }), path).toThrow(new RegExp(`^${path.replace(/[[\].]/g, '\\$&')} must be`))
    }
    expect(() => createEmulator(defaultConfig)).not.toThrow()
  })
})
