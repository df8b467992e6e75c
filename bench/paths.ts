import { fileURLToPath } from 'node:url'

/** Where the benchmark's sources, builds and results live. */
export const benchDir = fileURLToPath(new URL('.', import.meta.url))
export const repoDir = fileURLToPath(new URL('..', import.meta.url))
/** Build output (gitignored): one folder per host under `hosts/`, and `results.md`. */
export const outDir = `${benchDir}.out`
export const builtHostsDir = `${outDir}/hosts`

/**
 * The host apps: a baseline, the kit as a host consumes it, the same with startSignOn, the same with
 * the start entry loaded first, and the kit with profilers.
 */
export const hostNames = ['bare', 'kit', 'early', 'start', 'renders'] as const
export type HostName = (typeof hostNames)[number]
