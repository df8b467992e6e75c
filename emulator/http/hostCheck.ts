import { pingOneError } from './errors'
import { isLoopbackHost } from './loopback'

/** What a server answers for, besides loopback names. */
export type ServedHosts = {
  /** The address or name the server listens on; a wildcard (`0.0.0.0`, `::`) adds nothing. */
  bound: string
  /** Origins or host names: `config.customDomains`. */
  customDomains: readonly string[]
  /** The names the user allowed (`ServeOptions.allowedHosts`). */
  allowedHosts: readonly string[]
}

const wildcards = ['0.0.0.0', '[::]']

/**
 * A check of each request's `Host` header against DNS rebinding: a page on a name its owner points
 * at this machine would be same-origin with the emulator. Loopback names, the custom domains' hosts,
 * the bound host and `allowedHosts` pass; case and port do not matter.
 */
export function hostCheck(served: ServedHosts): (host: string | undefined) => boolean {
  const named = [served.bound, ...served.customDomains, ...served.allowedHosts]
  const allowed = new Set(named.map(hostnameOf).filter((name): name is string => name !== undefined && !wildcards.includes(name)))
  return (host) => {
    const name = host === undefined ? undefined : hostnameOf(host)
    return name !== undefined && (isLoopbackHost(name) || allowed.has(name))
  }
}

/** 403, naming the refused host and the option that would allow it; changes nothing. */
export function refusedHost(host: string | undefined): Response {
  const name = (host === undefined ? undefined : hostnameOf(host)) ?? host ?? ''
  return pingOneError(
    403,
    'ACCESS_FAILED',
    `The emulator does not answer for the host "${name}" (a guard against DNS rebinding). If you reach it by that name, add the name to serveEmulator's allowedHosts option.`,
  )
}

/**
 * The lower-case host name of a `Host` header, an origin or a bare name, without port or trailing
 * dot; IPv6 in brackets. Undefined when it is none of these.
 */
export function hostnameOf(value: string): string | undefined {
  const text = value.trim()
  if (/^[a-z][a-z\d+.-]*:\/\//i.test(text)) return parse(text)
  if (text === '' || /[@/?#\\\s]/.test(text)) return undefined
  // A bare IPv6 address (`::1`) has colons but no brackets.
  return parse(`http://${text.split(':').length > 2 && !text.startsWith('[') ? `[${text}]` : text}`)
}

function parse(url: string): string | undefined {
  try {
    return new URL(url).hostname.toLowerCase().replace(/\.$/, '')
  } catch {
    return undefined
  }
}
