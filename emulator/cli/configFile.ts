import { readFile } from 'node:fs/promises'
import { defaultConfig, type EmulatorConfig } from '../config/config'
import { describeConfigProblem } from '../config/configProblem'
import { isRecord } from '../config/shapeChecks'
import { validateConfig } from '../config/validateConfig'
import { CliError } from './cliError'

/**
 * A config file's JSON as a config: the file's top-level fields over {@link defaultConfig}'s (a field
 * given replaces the default's whole, arrays included), validated. Throws a {@link CliError} (exit
 * code 1) that lists every problem, each naming its field and what was expected.
 */
export function configFromJson(json: string, fileName: string): EmulatorConfig {
  let parsed: unknown
  try {
    parsed = JSON.parse(json)
  } catch (error) {
    throw new CliError(`${fileName} is not JSON: ${(error as Error).message}`, 1)
  }
  if (!isRecord(parsed)) throw new CliError(`${fileName} must hold a JSON object (an emulator config)`, 1)
  const omitted = Object.entries(defaultConfig).filter(([name]) => !Object.hasOwn(parsed, name))
  const config = { ...parsed, ...Object.fromEntries(omitted) }
  const problems = validateConfig(config)
  if (problems.length === 0) return config as EmulatorConfig
  const lines = problems.map((problem) => `  ${describeConfigProblem(problem)}`)
  throw new CliError([`${fileName} is not a valid emulator config:`, ...lines].join('\n'), 1)
}

/** Reads and checks a config file (see {@link configFromJson}). */
export async function readConfigFile(path: string): Promise<EmulatorConfig> {
  let json: string
  try {
    json = await readFile(path, 'utf8')
  } catch (error) {
    throw new CliError(`cannot read --config ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, 1)
  }
  return configFromJson(json, path)
}
