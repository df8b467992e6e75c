import { defaultConfig } from '../config/config'
import { createEmulator } from '../createEmulator'
import { serveEmulator, type EmulatorServer } from '../node'
import { withAppOrigins } from './appOrigins'
import { banner } from './banner'
import { CliError } from './cliError'
import { readConfigFile } from './configFile'
import { parseArgs } from './parseArgs'
import { usage } from './usage'

/** Where the command writes. */
export type CliOutput = { out(text: string): void; err(text: string): void }

/**
 * `pingone-emulator`: parses the arguments, loads and checks the config, serves it and prints the
 * banner. Returns the listening server, or the exit code when it ends at once (help, a mistake).
 */
export async function runCli(
  argv: readonly string[],
  env: Record<string, string | undefined>,
  output: CliOutput,
): Promise<EmulatorServer | number> {
  try {
    const options = parseArgs(argv, env)
    if (options.help) {
      output.out(usage)
      return 0
    }
    const loaded = options.configFile ? await readConfigFile(options.configFile) : defaultConfig
    if (options.appOrigins.length > 0 && loaded.applications.length === 0) {
      throw new CliError('--app-origin needs an application to register on, and the config has none', 1)
    }
    const config = withAppOrigins(loaded, options.appOrigins)
    const emulator = createEmulator(config, { onWarning: output.err })
    const server = await listen(() =>
      serveEmulator(emulator, { port: options.port, host: options.host, allowedHosts: options.allowedHosts, onWarning: output.err }),
    )
    output.out(banner(server.url, config))
    return server
  } catch (error) {
    if (!(error instanceof CliError)) throw error
    output.err(`pingone-emulator: ${error.message}`)
    if (error.exitCode === 2) output.err(`${usage.split('\n')[0]}\n(pingone-emulator --help tells more)`)
    return error.exitCode
  }
}

async function listen(serve: () => Promise<EmulatorServer>): Promise<EmulatorServer> {
  try {
    return await serve()
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException
    throw new CliError(`cannot listen: ${code === 'EADDRINUSE' ? 'the port is in use (try another --port, or 0)' : message}`, 1)
  }
}
