import type { SignOnResult } from '../src'
import { authRoot, signOnConfig } from './config'

export type Tokens = { idToken: string; claims: Record<string, unknown> }

/**
 * What a host app does with the kit's result: redeem the code at the token endpoint with the PKCE
 * verifier, then read the ID token. (A real app verifies the ID token's signature against the
 * JWKS, or lets its OIDC library do it; the emulator's tests do that.)
 */
export async function redeem(result: SignOnResult): Promise<Tokens> {
  const { clientId } = signOnConfig
  const response = await fetch(`${authRoot}/as/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: clientId,
      code: result.code,
      code_verifier: result.codeVerifier,
      redirect_uri: result.redirectUri,
    }),
  })
  const body = await response.json()
  if (!response.ok) throw new Error(body.error_description ?? body.error ?? `HTTP ${response.status}`)
  const claims = decodeJwt(body.id_token)
  if (claims.nonce !== result.nonce) throw new Error('The ID token was not issued for this sign-on.')
  return { idToken: body.id_token, claims }
}

function decodeJwt(token: string): Record<string, unknown> {
  const payload = token.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/')
  const bytes = Uint8Array.from(atob(payload), (c) => c.charCodeAt(0))
  return JSON.parse(new TextDecoder().decode(bytes))
}
