import { base64url } from '../http/base64url'
import type { EmulatorApplication } from '../config/config'

/** The application's PKCE enforcement: `S256_REQUIRED` unless it says `OPTIONAL`. */
export function pkceEnforcement(app: EmulatorApplication): NonNullable<EmulatorApplication['pkce']> {
  return app.pkce ?? 'S256_REQUIRED'
}

/** RFC 7636 check: S256 is BASE64URL(SHA-256(verifier)), plain is the verifier itself. */
export async function verifyPkce(
  verifier: string,
  challenge: string,
  method: 'S256' | 'plain',
): Promise<boolean> {
  if (method === 'plain') return verifier === challenge
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))
  return base64url(digest) === challenge
}
