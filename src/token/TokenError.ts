/**
 * Why {@link redeemCode} refused to hand out tokens:
 * - `INVALID_CONFIG`: a prop of the config was refused (the message names it); nothing was sent.
 * - `NETWORK_ERROR`: PingOne did not answer, or not in time.
 * - `INVALID_RESPONSE`: discovery or the token endpoint answered with something that is not what
 *   OAuth and OpenID Connect describe, or named an endpoint outside the configured origin.
 * - `TOKEN_ENDPOINT_ERROR`: the token endpoint refused the code; see {@link TokenError.error}
 *   (`invalid_grant` for a code that was used, expired, or issued with another verifier).
 * - `ID_TOKEN_MISSING`: the answer has no ID token (was `openid` in the scope?).
 * - `ID_TOKEN_SIGNATURE`: the ID token is not signed by a key of the environment's JWKS.
 * - `ID_TOKEN_ISSUER`: the ID token was issued by another issuer than the configured environment.
 * - `ID_TOKEN_AUDIENCE`: the ID token was issued to another application than `clientId`.
 * - `ID_TOKEN_NONCE`: the ID token belongs to another sign-on (its `nonce` is not the result's).
 * - `ID_TOKEN_EXPIRED`: the ID token's `exp` has passed.
 * - `ID_TOKEN_INVALID`: any other ID token check failed (a claim missing, `iat`, `azp`, algorithm).
 * - `UNEXPECTED_ERROR`: anything else; `cause` holds the original.
 */
export type TokenErrorCode =
  | 'INVALID_CONFIG'
  | 'NETWORK_ERROR'
  | 'INVALID_RESPONSE'
  | 'TOKEN_ENDPOINT_ERROR'
  | 'ID_TOKEN_MISSING'
  | 'ID_TOKEN_SIGNATURE'
  | 'ID_TOKEN_ISSUER'
  | 'ID_TOKEN_AUDIENCE'
  | 'ID_TOKEN_NONCE'
  | 'ID_TOKEN_EXPIRED'
  | 'ID_TOKEN_INVALID'
  | 'UNEXPECTED_ERROR'

/** Every refusal of {@link redeemCode}: no tokens are returned with it. */
export class TokenError extends Error {
  override readonly name = 'TokenError'
  /** What failed; see {@link TokenErrorCode}. */
  readonly code: TokenErrorCode
  /** The token endpoint's HTTP status for `TOKEN_ENDPOINT_ERROR`, else 0. */
  readonly status: number
  /** The token endpoint's OAuth `error` (`invalid_grant`, `invalid_client`, ...) for `TOKEN_ENDPOINT_ERROR`. */
  readonly error: string | undefined
  /** The token endpoint's `error_description`, if it sent one. */
  readonly error_description: string | undefined

  constructor(
    code: TokenErrorCode,
    message: string,
    options: { cause?: unknown; status?: number; error?: string; error_description?: string } = {},
  ) {
    super(message, { cause: options.cause })
    this.code = code
    this.status = options.status ?? 0
    this.error = options.error
    this.error_description = options.error_description
  }
}
