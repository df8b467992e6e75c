import { base64url } from '../http/base64url'
import { newId } from '../state/ids'

/** The emulator's RS256 signing key and its public JWK. */
export type SigningKey = { kid: string; privateKey: CryptoKey; publicJwk: JsonWebKey & { kid: string } }

const algorithm = {
  name: 'RSASSA-PKCS1-v1_5',
  modulusLength: 2048,
  publicExponent: new Uint8Array([1, 0, 1]),
  hash: 'SHA-256',
}

/** Generates the key pair once, on first use, and keeps it for the emulator's life. */
export function lazySigningKey(): () => Promise<SigningKey> {
  let key: Promise<SigningKey> | undefined
  return () => (key ??= generate())
}

async function generate(): Promise<SigningKey> {
  const pair = (await globalThis.crypto.subtle.generateKey(algorithm, true, ['sign', 'verify'])) as CryptoKeyPair
  const jwk = await globalThis.crypto.subtle.exportKey('jwk', pair.publicKey)
  const kid = newId()
  return {
    kid,
    privateKey: pair.privateKey,
    publicJwk: { kty: jwk.kty, n: jwk.n, e: jwk.e, kid, alg: 'RS256', use: 'sig' },
  }
}

/** Signs `claims` as a compact RS256 JWT. */
export async function signJwt(key: SigningKey, claims: Record<string, unknown>): Promise<string> {
  const header = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: key.kid }))
  const payload = base64url(JSON.stringify(claims))
  const input = `${header}.${payload}`
  const signature = await globalThis.crypto.subtle.sign(
    'RSASSA-PKCS1-v1_5',
    key.privateKey,
    new TextEncoder().encode(input),
  )
  return `${input}.${base64url(signature)}`
}
