import * as oauth from 'oauth4webapi'
import { resolveConfig, type ResolvedConfig, type SignOnConfig } from '../flow/config'
import type { SignOnResult } from '../flow/result'
import { discover } from './discover'
import { TokenError } from './TokenError'
import { toSignatureError, toTokenError } from './toTokenError'

/** The tokens of a redeemed code, with the ID token's validated claims. */
export type RedeemedTokens = {
  /** The access token, for PingOne's APIs or your own resource servers. */
  access_token: string
  /** The ID token, as issued (for `id_token_hint` on sign-off). */
  id_token: string
  /** The token type, lower-cased by oauth4webapi: `bearer`. */
  token_type: string
  /** Seconds until the access token expires, if the token endpoint said. */
  expires_in: number | undefined
  /** The granted scopes, space-separated, if the token endpoint said. */
  scope?: string
  /** A refresh token, if the application is granted one. */
  refresh_token?: string
  /** The ID token's claims, after its signature, `iss`, `aud`, `nonce` and `exp` were checked. */
  claims: oauth.IDToken
}

/**
 * Redeems the code that `<PingOneSignOn onComplete>` delivered, in the browser: the PKCE token
 * request of a public client, then the ID token's checks with
 * [oauth4webapi](https://github.com/panva/oauth4webapi): its signature against the environment's
 * JWKS, `iss` (the environment's issuer), `aud` (`clientId`), `nonce` (the result's) and `exp`.
 * Resolves only when every check passed; otherwise rejects with a {@link TokenError}. Requests go to
 * the configured PingOne origin only, over https (plain http only on loopback: the emulator).
 *
 * @param result - What `onComplete` received.
 * @param config - The props the provider took: `environmentId`, `clientId`, `redirectUri`, and
 *   `authBaseUrl` or `customDomain`.
 *
 * @example
 * ```tsx
 * import { PingOneSignOn } from 'pingone-signon-react'
 * import { redeemCode, TokenError } from 'pingone-signon-react/token'
 *
 * <PingOneSignOn
 *   {...config}
 *   onComplete={(result) =>
 *     redeemCode(result, config).then(
 *       ({ claims, access_token }) => signedIn(claims.sub, access_token),
 *       (error: TokenError) => console.warn(error.code, error.message),
 *     )
 *   }
 * />
 * ```
 */
export async function redeemCode(result: SignOnResult, config: SignOnConfig): Promise<RedeemedTokens> {
  const resolved = resolvedConfig(config)
  const options = requestOptions(resolved)
  try {
    const as = await discover(resolved, options)
    const client: oauth.Client = { client_id: resolved.clientId }
    const response = await oauth.authorizationCodeGrantRequest(
      as,
      client,
      oauth.None(),
      callbackParameters(as, client, result),
      result.redirectUri,
      result.codeVerifier,
      options,
    )
    const tokens = await oauth.processAuthorizationCodeResponse(as, client, response, {
      expectedNonce: result.nonce,
      requireIdToken: true,
    })
    // Over TLS, OpenID Connect lets a client skip this check. Done anyway: then nothing that can
    // answer for PingOne's host (a TLS-inspecting proxy, a misissued certificate) can mint ID tokens.
    await oauth.validateApplicationLevelSignature(as, response, options).catch((error: unknown) => {
      throw toSignatureError(error)
    })
    const { access_token, id_token, token_type, expires_in, scope, refresh_token } = tokens
    const claims = oauth.getValidatedIdTokenClaims(tokens)!
    return { access_token, id_token: id_token!, token_type, expires_in, scope, refresh_token, claims }
  } catch (error) {
    throw toTokenError(error)
  }
}

/** The config resolved as the provider resolves it; refused before anything is sent. */
function resolvedConfig(config: SignOnConfig): ResolvedConfig {
  try {
    return resolveConfig(config)
  } catch (error) {
    throw new TokenError('INVALID_CONFIG', (error as Error).message, { cause: error })
  }
}

/** Plain http only where resolveConfig allowed it (loopback); every request times out like the kit's. */
function requestOptions(config: ResolvedConfig) {
  return {
    [oauth.allowInsecureRequests]: config.authOrigin.startsWith('http:'),
    signal: () => AbortSignal.timeout(config.requestTimeout),
  }
}

/**
 * The authorization response in the form oauth4webapi redeems. The kit has already checked its
 * `state`, and took it from the configured origin over a direct call (pi.flow), so it is from
 * this issuer: that is what `iss` says, for servers that announce the parameter.
 */
function callbackParameters(as: oauth.AuthorizationServer, client: oauth.Client, result: SignOnResult): URLSearchParams {
  const parameters = new URLSearchParams({ code: result.code, state: result.state, iss: as.issuer })
  return oauth.validateAuthResponse(as, client, parameters, result.state)
}
