import type { EmulatorApplication } from '../config/config'

/** Notes a browser origin that an endpoint refused CORS to, and the applications whose origins it checked. */
export type CorsRefusalLog = (origin: string, applications: readonly EmulatorApplication[]) => void

/**
 * Tells `warn` once per application and origin that an origin was refused CORS, naming the
 * application and the fix: the browser itself only says that the emulator sent no CORS headers.
 */
export function corsRefusalLog(warn: (message: string) => void): CorsRefusalLog {
  const told = new Set<string>()
  return (origin, applications) => {
    const keys = applications.length > 0 ? applications.map((app) => `${app.clientId} ${origin}`) : [` ${origin}`]
    if (keys.every((key) => told.has(key))) return
    keys.forEach((key) => told.add(key))
    warn(refusalMessage(origin, applications))
  }
}

function refusalMessage(origin: string, applications: readonly EmulatorApplication[]): string {
  const names = applications.map((app) => `"${app.name}" (${app.clientId})`)
  const where =
    names.length === 0
      ? 'in an environment with no applications'
      : names.length === 1
        ? `on application ${names[0]}`
        : `on every application (${names.join(', ')})`
  const whose = names.length === 1 ? "that application's corsOrigins" : "the corsOrigins of the application that calls"
  return (
    `PingOne emulator: refused CORS for origin ${origin} ${where}. ` +
    `Add it to ${whose}, or run pingone-emulator with --app-origin ${origin}.`
  )
}
