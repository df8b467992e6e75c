/**
 * True for a loopback host name or address: `localhost`, `*.localhost` (RFC 6761), `127.x.x.x` and
 * `::1` (bare or in brackets, as `URL.hostname` writes it). Case and a trailing dot do not matter.
 * A name is not resolved: `127.0.0.1.nip.io` is not loopback here.
 */
export function isLoopbackHost(hostname: string): boolean {
  const name = hostname.toLowerCase().replace(/\.$/, '')
  if (name === 'localhost' || name.endsWith('.localhost')) return true
  if (name === '::1' || name === '[::1]') return true
  const octets = /^127\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(name)
  return octets !== null && octets.slice(1).every((octet) => Number(octet) <= 255)
}
