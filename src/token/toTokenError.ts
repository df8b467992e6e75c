import * as oauth from 'oauth4webapi'
import { TokenError, type TokenErrorCode } from './TokenError'

/** The ID token checks of oauth4webapi, by the claim it names, and what failing one means. */
const claimCodes: Record<string, TokenErrorCode> = {
  iss: 'ID_TOKEN_ISSUER',
  aud: 'ID_TOKEN_AUDIENCE',
  azp: 'ID_TOKEN_AUDIENCE',
  nonce: 'ID_TOKEN_NONCE',
  exp: 'ID_TOKEN_EXPIRED',
}

/** Turns what oauth4webapi (or `fetch`) threw into a {@link TokenError}. */
export function toTokenError(error: unknown): TokenError {
  if (error instanceof TokenError) return error
  if (error instanceof oauth.ResponseBodyError) {
    const { status, error_description } = error
    const description = error_description ? `: ${error_description}` : ''
    return new TokenError('TOKEN_ENDPOINT_ERROR', `The token endpoint refused the code (${error.error}${description}).`, {
      cause: error,
      status,
      error: error.error,
      error_description,
    })
  }
  if (error instanceof oauth.WWWAuthenticateChallengeError) {
    const parameters = error.cause[0]?.parameters
    return new TokenError('TOKEN_ENDPOINT_ERROR', `The token endpoint refused the client (${parameters?.error ?? error.status}).`, {
      cause: error,
      status: error.status,
      error: parameters?.error,
      error_description: parameters?.error_description,
    })
  }
  if (error instanceof oauth.OperationProcessingError) return fromProcessing(error)
  if (isNetworkError(error)) return new TokenError('NETWORK_ERROR', 'PingOne could not be reached.', { cause: error })
  const message = error instanceof Error ? error.message : String(error)
  return new TokenError('UNEXPECTED_ERROR', message, { cause: error })
}

function fromProcessing(error: oauth.OperationProcessingError): TokenError {
  const cause = error.cause as { claim?: unknown; body?: Record<string, unknown> } | undefined
  if (error.code === oauth.JWT_CLAIM_COMPARISON || error.code === oauth.JWT_TIMESTAMP_CHECK) {
    const code = claimCodes[String(cause?.claim)] ?? 'ID_TOKEN_INVALID'
    return new TokenError(code, `The ID token was refused: ${error.message}.`, { cause: error })
  }
  if (error.code === oauth.KEY_SELECTION) {
    return new TokenError('ID_TOKEN_SIGNATURE', 'No key of the JWKS can have signed the ID token.', { cause: error })
  }
  const body = cause?.body
  const tokensButNoIdToken = typeof body?.access_token === 'string' && typeof body.token_type === 'string' && body.id_token === undefined
  if (error.code === oauth.INVALID_RESPONSE && tokensButNoIdToken) {
    return new TokenError('ID_TOKEN_MISSING', 'The token endpoint answered without an ID token.', { cause: error })
  }
  return new TokenError('INVALID_RESPONSE', `PingOne's answer was refused: ${error.message}.`, { cause: error })
}

/**
 * What the ID token's signature check threw: a key that does not verify it, none in the JWKS that
 * could, or an algorithm oauth4webapi does not verify, is `ID_TOKEN_SIGNATURE`; a JWKS that could
 * not be fetched or read is not.
 */
export function toSignatureError(error: unknown): TokenError {
  const refused =
    error instanceof oauth.UnsupportedOperationError ||
    (error instanceof oauth.OperationProcessingError && (error.code === oauth.INVALID_RESPONSE || error.code === oauth.KEY_SELECTION))
  if (!refused) return toTokenError(error)
  return new TokenError('ID_TOKEN_SIGNATURE', 'The ID token is not signed by a key of the JWKS.', { cause: error })
}

/** A failed `fetch` (TypeError without oauth4webapi's `code`), or a request cancelled on timeout. */
function isNetworkError(error: unknown): boolean {
  if (error instanceof DOMException) return error.name === 'TimeoutError' || error.name === 'AbortError'
  return error instanceof TypeError && !('code' in error)
}
