import type { SignOnConfig } from '../flow/config'
import { isLoopback, regions } from '../flow/config'
import { authorizeParams } from '../flow/authorizeOptions'
import { authorizeUrl } from '../flow/api'
import { createTransaction } from '../flow/pkce'
import { earlyStartKey, type EarlyConfig, type EarlyRequest, type EarlyStart } from './earlyStart'

/** What {@link startSignOn} takes: the provider's config, and the `locale` it is given, if any. */
export type StartConfig = SignOnConfig & {
  /** The page's language, sent as `ui_locales` (the provider's `locale`). */
  locale?: string
}

/**
 * A sign-on {@link startSignOn} started. Opaque: hand it to `<PingOneSignOn started={…}>`.
 */
export type StartedSignOn = {
  /** Settles once PingOne has answered, or the request has failed (the provider then shows why). */
  readonly settled: Promise<void>
}

/**
 * Sends the pi.flow authorize now, from a script of about 1.5 kB that needs neither React nor the
 * kit, so that PingOne's round trip overlaps the download of the rest of your page. Load it as a
 * small script of its own, or as the first module of your entry that then `import()`s the app, and
 * pass the result to `<PingOneSignOn started={…}>` with the same config: the provider reads the
 * answer with all its own checks (the same errors as its own authorize, retries included) and sends
 * no second authorize.
 *
 * It sends nothing on a server, with a config the provider would refuse (the provider then names
 * the mistake), or when the page address holds a `flowId` or PingOne's `error` (the provider
 * continues that flow, or shows the error).
 *
 * @example
 * // start.ts, the first module of the page
 * import { startSignOn } from 'pingone-signon-react/start'
 * window.pingOneStarted = startSignOn(config)
 * void import('./app') // <PingOneSignOn {...config} started={window.pingOneStarted} />
 */
export function startSignOn(config: StartConfig): StartedSignOn {
  const started = { settled: Promise.resolve() }
  const address = typeof window === 'object' ? new URLSearchParams(location.search) : undefined
  const resolved = address && !address.has('flowId') && !address.has('error') ? resolve(config) : undefined
  if (!resolved) return started
  const request = createTransaction(resolved.redirectUri).then((transaction): EarlyRequest => {
    const url = authorizeUrl({ ...resolved, uiLocales: config.locale }, transaction)
    const controller = new AbortController()
    // PingOne's session cookie lives on its origin: the request carries it, as the kit's do.
    const response = fetch(url, { credentials: 'include', redirect: 'manual', signal: controller.signal })
    // Read (and its failure reported) by the provider; unclaimed, it must not be an unhandled rejection.
    response.catch(() => {})
    return { url: url.href, transaction, response, abort: (reason) => controller.abort(reason) }
  })
  request.catch(() => {})
  started.settled = request.then((sent) => sent.response).then(
    () => {},
    () => {},
  )
  const early: EarlyStart = { config: resolved, request }
  return Object.defineProperty(started, earlyStartKey, { value: early })
}

/**
 * The config as the kit resolves it (src/flow/config.ts), or undefined where the kit would refuse it:
 * the provider then names the mistake, and nothing was sent.
 */
function resolve(config: StartConfig): EarlyConfig | undefined {
  try {
    const { environmentId, clientId, redirectUri, scope = 'openid', customDomain } = config
    const base = config.authBaseUrl ?? 'https://auth.pingone.com'
    if (![environmentId, clientId, redirectUri].every((value) => typeof value === 'string' && value.trim())) return
    const url = (regions as readonly string[]).includes(base) ? new URL(`https://auth.pingone.${base}`) : checked(base)
    // false: no custom domain; undefined: a refused one.
    const domain = customDomain === undefined ? false : checked(customDomain)
    if (!url || domain === undefined) return
    const environmentUrl = domain ? trimmed(domain) : `${trimmed(url)}/${encodeURIComponent(environmentId)}`
    return { environmentUrl, clientId, redirectUri, scope, authorizeParams: authorizeParams(config) }
  } catch {
    return undefined
  }
}

/** An https URL, or http on this machine, without credentials, query or fragment; else undefined. */
function checked(value: string): URL | undefined {
  const url = new URL(value)
  const secure = url.protocol === 'https:' || (url.protocol === 'http:' && isLoopback(url.hostname))
  return secure && !url.username && !url.password && !url.search && !url.hash ? url : undefined
}

function trimmed(url: URL): string {
  return url.href.replace(/\/+$/, '')
}
