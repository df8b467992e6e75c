import { describe, expect, it } from 'vitest'
import { defaultConfig } from '../../emulator'
import { normaliseAppOrigin, withAppOrigins } from '../../emulator/cli/appOrigins'
import { CliError } from '../../emulator/cli/cliError'
import { parseArgs } from '../../emulator/cli/parseArgs'

// `pingone-emulator`'s command line, as functions; cli.test.ts runs the command itself.

function usageError(run: () => unknown): CliError {
  try {
    run()
  } catch (error) {
    if (error instanceof CliError) return error
    throw error
  }
  throw new Error('no CliError')
}

describe('parseArgs', () => {
  it('defaults to localhost:4010 and the default config', () => {
    expect(parseArgs([])).toEqual({ port: 4010, host: 'localhost', allowedHosts: [], appOrigins: [], configFile: undefined, help: false })
  })

  it('reads each flag, as --flag value or --flag=value, --app-origin repeated', () => {
    const options = parseArgs([
      '--port', '0', '--host=127.0.0.1', '--app-origin', 'http://localhost:3000/', '--app-origin=https://App.test:8443', '--config', 'e.json',
    ])
    expect(options).toMatchObject({ port: 0, host: '127.0.0.1', configFile: 'e.json' })
    expect(options.appOrigins).toEqual(['http://localhost:3000', 'https://app.test:8443'])
    expect(parseArgs(['--help']).help).toBe(true)
  })

  it('keeps PORT, HOST and ALLOWED_HOSTS, and lets flags win', () => {
    const env = { PORT: '4999', HOST: '0.0.0.0', ALLOWED_HOSTS: 'laptop.local, dev.test,' }
    expect(parseArgs([], env)).toMatchObject({ port: 4999, host: '0.0.0.0', allowedHosts: ['laptop.local', 'dev.test'] })
    expect(parseArgs(['--port', '5000', '--host', 'localhost'], env)).toMatchObject({ port: 5000, host: 'localhost' })
  })

  it('refuses an unknown flag, a missing or bad value, with exit code 2 and a message naming it', () => {
    const cases: [string[], RegExp][] = [
      [['--prot', '4010'], /unknown option --prot/],
      [['serve'], /unexpected argument "serve"/],
      [['--port'], /--port needs a value/],
      [['--port', '--host', 'x'], /--port needs a value/],
      [['--port', 'abc'], /--port must be a port number/],
      [['--port', '70000'], /--port must be a port number/],
      [['--port', '1', '--port', '2'], /--port is given more than once/],
      [['--host', 'a b'], /--host must be a host name/],
      [['--help=yes'], /--help takes no value/],
      [['--config='], /--config needs a file name/],
    ]
    for (const [argv, message] of cases) {
      const error = usageError(() => parseArgs(argv))
      expect(error.message, argv.join(' ')).toMatch(message)
      expect(error.exitCode).toBe(2)
    }
    expect(usageError(() => parseArgs([], { PORT: 'x' })).message).toMatch(/^PORT must be a port number/)
  })

  it('takes an http(s) origin for --app-origin, tolerating a trailing slash, nothing more', () => {
    for (const bad of ['localhost:3000', 'http://localhost:3000/app', 'http://localhost:3000/?x', '*', 'ftp://localhost', 'http://u@localhost']) {
      expect(normaliseAppOrigin(bad), bad).toBeUndefined()
      expect(usageError(() => parseArgs(['--app-origin', bad])).message).toContain(`--app-origin must be an http(s) origin`)
    }
    expect(normaliseAppOrigin('http://localhost:3000/')).toBe('http://localhost:3000')
    expect(normaliseAppOrigin('http://localhost:80')).toBe('http://localhost')
  })
})

describe('withAppOrigins', () => {
  it('registers each origin on the first application; the first one is also its login page', () => {
    const config = withAppOrigins(defaultConfig, ['http://127.0.0.1:3999', 'http://localhost:3000'])
    const [app] = config.applications
    expect(app!.corsOrigins).toEqual([...defaultConfig.applications[0]!.corsOrigins, 'http://127.0.0.1:3999'])
    expect(app!.redirectUris.slice(0, 2)).toEqual(['http://127.0.0.1:3999/', 'http://localhost:3000/'])
    expect(new Set(app!.redirectUris).size).toBe(app!.redirectUris.length)
    expect(app!.loginPageUrl).toBe('http://127.0.0.1:3999/')
    expect(defaultConfig.applications[0]!.loginPageUrl).toBe('http://localhost:5173/')
  })

  it('changes nothing without origins', () => {
    expect(withAppOrigins(defaultConfig, [])).toBe(defaultConfig)
  })
})
