import { resume } from './api'
import type { ResolvedConfig } from './config'
import { kitError } from './errors'
import type { Transaction } from './pkce'
import type { Flow } from './types'

/** What the host app needs to redeem the authorization code at the token endpoint (PKCE). */
export type SignOnResult = {
  /** The authorization code. */
  code: string
  /** The state sent on authorize (already checked against the response). */
  state: string
  /** The nonce sent on authorize; the ID token's `nonce` claim must equal it. */
  nonce: string
  /** The PKCE verifier for the token request's `code_verifier`. */
  codeVerifier: string
  /** The redirect URI sent on authorize; the token request must repeat it. */
  redirectUri: string
}

/** Resumes a COMPLETED pi.flow flow and checks the authorization response against its transaction. */
export async function completeSignOn(
  config: ResolvedConfig,
  flow: Flow,
  transaction: Transaction,
): Promise<SignOnResult> {
  const response = await resume(config, flow)
  if (typeof response.error === 'string') {
    const description = typeof response.error_description === 'string' ? `: ${response.error_description}` : ''
    throw kitError('AUTHORIZATION_FAILED', `${response.error}${description}`)
  }
  // PingOne's published pi.flow resume responses carry no state; when one is present it must be ours.
  if (response.state !== undefined && response.state !== transaction.state) {
    throw kitError('STATE_MISMATCH', 'The authorization response belongs to another sign-on.')
  }
  if (typeof response.code !== 'string' || response.code === '') {
    throw kitError('INVALID_RESPONSE', 'The authorization response has no code.')
  }
  return {
    code: response.code,
    state: transaction.state,
    nonce: transaction.nonce,
    codeVerifier: transaction.codeVerifier,
    redirectUri: transaction.redirectUri,
  }
}
