import { generate } from 'selfsigned'

/**
 * A self-signed certificate made at test time for `hosts` (DNS names; `*.test` works), for servers
 * that must be https like PingOne: `serveEmulator(emulator, { tls })`, or a test's own app server.
 */
export async function tlsCertificate(hosts: string[]): Promise<{ key: string; cert: string }> {
  const pems = await generate([{ name: 'commonName', value: hosts[0] ?? 'localhost' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    extensions: [{ name: 'subjectAltName', altNames: hosts.map((value) => ({ type: 2 as const, value })) }],
  })
  return { key: pems.private, cert: pems.cert }
}
