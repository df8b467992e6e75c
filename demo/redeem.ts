import type { SignOnResult } from '../src'
import { redeemCode } from '../src/token'
import { signOnConfig } from './config'

export type Tokens = { idToken: string; claims: Record<string, unknown> }

/**
 * What a host app does with the kit's result: redeem the code with `pingone-signon-react/token`,
 * which sends the PKCE verifier and checks the ID token (signature against the JWKS, issuer,
 * audience, nonce, expiry) before handing out its claims.
 */
export async function redeem(result: SignOnResult): Promise<Tokens> {
  const { id_token, claims } = await redeemCode(result, signOnConfig)
  return { idToken: id_token, claims }
}
