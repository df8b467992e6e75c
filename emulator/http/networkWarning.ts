import { isLoopbackHost } from './loopback'
import { hostnameOf } from './hostCheck'

/** The warning for an emulator listening on `host` at `url`; undefined for a loopback host. */
export function networkWarning(host: string, url: string): string | undefined {
  if (isLoopbackHost(hostnameOf(host) ?? host)) return undefined
  return [
    `Warning: the PingOne emulator is listening on ${host} (${url}), which is not a loopback address: it is now reachable from the network.`,
    'The emulator is a test double and has no real security: demo users and passwords, one-time codes readable at _emulator/outbox, faults and pushes anyone may set.',
    'Serve it on localhost unless you mean to. Other machines reach it only by the host names in allowedHosts.',
  ].join('\n')
}
