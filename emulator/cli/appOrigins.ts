import type { EmulatorConfig } from '../config/config'

/**
 * `--app-origin`'s value as an origin (`http://localhost:3000/` becomes `http://localhost:3000`),
 * or undefined when it is not an http(s) origin: a path, query, fragment or user name is refused.
 */
export function normaliseAppOrigin(value: string): string | undefined {
  try {
    const url = new URL(value)
    const bare = url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password
    const http = url.protocol === 'http:' || url.protocol === 'https:'
    return bare && http && !/[?#]/.test(value) ? url.origin : undefined
  } catch {
    return undefined
  }
}

/**
 * The config with `origins` registered on its first application: each one a CORS origin and, as
 * `ORIGIN/`, a redirect URI (first in the list, so it is the default when authorize sends none);
 * the first one's `ORIGIN/` also becomes the login page. The config itself is left as it is.
 */
export function withAppOrigins(config: EmulatorConfig, origins: readonly string[]): EmulatorConfig {
  const [first, ...rest] = config.applications
  if (!first || origins.length === 0) return config
  const pages = origins.map((origin) => `${origin}/`)
  const app = {
    ...first,
    corsOrigins: unique([...first.corsOrigins, ...origins]),
    redirectUris: unique([...pages, ...first.redirectUris]),
    loginPageUrl: pages[0],
  }
  return { ...config, applications: [app, ...rest] }
}

function unique(values: string[]): string[] {
  return [...new Set(values)]
}
