import { CliError } from './cliError'
import { normaliseAppOrigin } from './appOrigins'

/** What the command was asked to do. */
export type CliOptions = {
  port: number
  host: string
  /** From `ALLOWED_HOSTS`: more host names to answer for (see `ServeOptions.allowedHosts`). */
  allowedHosts: string[]
  /** Normalised origins, in the order given. */
  appOrigins: string[]
  configFile?: string
  help: boolean
}

type Env = Record<string, string | undefined>

const flags = ['--port', '--host', '--app-origin', '--config', '--help']

/**
 * Reads `--port`, `--host`, `--app-origin` (repeatable), `--config` and `--help`, as `--flag value`
 * or `--flag=value`, over the environment's `PORT`, `HOST` and `ALLOWED_HOSTS`. Throws a
 * {@link CliError} (exit code 2) naming an unknown flag or a bad value.
 */
export function parseArgs(argv: readonly string[], env: Env = {}): CliOptions {
  const given = new Map<string, string[]>()
  let help = false
  for (let i = 0; i < argv.length; i++) {
    const { flag, inline } = split(argv[i]!)
    if (flag === '--help') {
      help = true
      continue
    }
    const value = inline ?? argv[++i]
    if (value === undefined || (inline === undefined && value.startsWith('--'))) throw new CliError(`${flag} needs a value`, 2)
    given.set(flag, [...(given.get(flag) ?? []), value])
  }
  const single = (flag: string, variable?: string): [string | undefined, string] => {
    const values = given.get(flag) ?? []
    if (values.length > 1) throw new CliError(`${flag} is given more than once`, 2)
    if (values.length === 1 || !variable) return [values[0], flag]
    return [env[variable] || undefined, variable]
  }
  const [configFile] = single('--config')
  if (configFile === '') throw new CliError('--config needs a file name', 2)
  return {
    port: port(...single('--port', 'PORT')),
    host: host(...single('--host', 'HOST')),
    allowedHosts: (env.ALLOWED_HOSTS ?? '').split(',').map((name) => name.trim()).filter(Boolean),
    appOrigins: (given.get('--app-origin') ?? []).map(appOrigin),
    configFile,
    help,
  }
}

/** `--flag=value` or `--flag`, refusing what is not one of {@link flags}. */
function split(arg: string): { flag: string; inline?: string } {
  const equals = arg.startsWith('--') ? arg.indexOf('=') : -1
  const flag = equals > 0 ? arg.slice(0, equals) : arg
  if (!flags.includes(flag)) throw new CliError(arg.startsWith('-') ? `unknown option ${flag}` : `unexpected argument "${arg}"`, 2)
  if (flag === '--help' && equals > 0) throw new CliError('--help takes no value', 2)
  return equals > 0 ? { flag, inline: arg.slice(equals + 1) } : { flag }
}

function port(value: string | undefined, from: string): number {
  if (value === undefined) return 4010
  const number = Number(value)
  if (/^\d+$/.test(value) && number <= 65535) return number
  throw new CliError(`${from} must be a port number from 0 to 65535 (0 picks a free port); got "${value}"`, 2)
}

function host(value: string | undefined, from: string): string {
  if (value === undefined) return 'localhost'
  if (/^[^\s/?#@]+$/.test(value)) return value
  throw new CliError(`${from} must be a host name or address such as localhost or 127.0.0.1; got "${value}"`, 2)
}

function appOrigin(value: string): string {
  const origin = normaliseAppOrigin(value)
  if (origin) return origin
  throw new CliError(`--app-origin must be an http(s) origin such as http://localhost:3000 (no path); got "${value}"`, 2)
}
