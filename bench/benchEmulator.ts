import { createEmulator, defaultConfig, type Emulator, type EmulatorApplication, type EmulatorConfig } from '../emulator'
import { serveEmulator } from '../emulator/node'

/** One request as the emulator received it: path without the environment id, flow ids as `:id`. */
export type LoggedRequest = { method: string; path: string; action?: string; preflight: boolean }

/** A served emulator with the log of every request it received, CORS preflights included. */
export type BenchEmulator = { url: string; emulator: Emulator; requests: LoggedRequest[]; close(): Promise<void> }

type Options = {
  /** The origin the host apps are served from: allowed for CORS, and its `/kit/` is the login page. */
  hostOrigin: string
  /** Changes to the demo application (e.g. `signOnPolicy`). */
  application?: Partial<EmulatorApplication>
  /** Milliseconds added before every answer. */
  latencyMs?: number
}

/**
 * The demo environment (`defaultConfig`) on its own origin at a free port, registered for the
 * bench hosts. Latency is added in front of the emulator rather than with its `delay` faults:
 * faults never apply to CORS preflights, and a far-away PingOne delays those as well.
 */
export async function serveBenchEmulator({ hostOrigin, application, latencyMs = 0 }: Options): Promise<BenchEmulator> {
  const emulator = createEmulator(benchConfig(hostOrigin, application))
  const requests: LoggedRequest[] = []
  const handle = async (request: Request) => {
    requests.push(toLogged(request))
    if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs))
    return emulator.handle(request)
  }
  const server = await serveEmulator({ ...emulator, handle }, { port: 0, host: '127.0.0.1' })
  return { url: server.url, emulator, requests, close: server.close }
}

function benchConfig(hostOrigin: string, application: Partial<EmulatorApplication> = {}): EmulatorConfig {
  const [app] = defaultConfig.applications
  const pages = ['kit', 'early', 'start', 'renders'].map((host) => `${hostOrigin}/${host}/`)
  return {
    ...defaultConfig,
    applications: [
      { ...app!, redirectUris: pages, loginPageUrl: pages[0], corsOrigins: [hostOrigin], ...application },
    ],
  }
}

function toLogged(request: Request): LoggedRequest {
  const url = new URL(request.url)
  const path = url.pathname.replace(`/${defaultConfig.environmentId}`, '').replace(/\/flows\/[^/]+/, '/flows/:id')
  const action = request.headers.get('content-type')?.match(/vnd\.pingidentity\.(.+)\+json/)?.[1]
  const preflight = request.method === 'OPTIONS'
  const method = preflight ? `OPTIONS (${request.headers.get('access-control-request-method') ?? '?'})` : request.method
  return { method, path, action, preflight }
}

/** `METHOD /path action`, as the report lists requests. */
export function describeRequest({ method, path, action }: LoggedRequest): string {
  return `${method} ${path}${action ? ` ${action}` : ''}`
}
