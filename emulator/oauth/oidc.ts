import { issuer, userClaims } from './claims'
import { findUserById, type Ctx } from '../state/context'
import { oauthError } from '../http/errors'
import { json } from '../http/http'

/** `GET as/.well-known/openid-configuration`, with endpoints on the request's origin. */
export function discovery(ctx: Ctx): Response {
  const as = issuer(ctx.base)
  return json(200, {
    issuer: as,
    authorization_endpoint: `${as}/authorize`,
    token_endpoint: `${as}/token`,
    userinfo_endpoint: `${as}/userinfo`,
    jwks_uri: `${as}/jwks`,
    end_session_endpoint: `${as}/signoff`,
    response_types_supported: ['code'],
    response_modes_supported: ['pi.flow', 'query', 'fragment'],
    grant_types_supported: ['authorization_code'],
    subject_types_supported: ['public'],
    id_token_signing_alg_values_supported: ['RS256'],
    code_challenge_methods_supported: ['S256', 'plain'],
    token_endpoint_auth_methods_supported: ['none', 'client_secret_basic', 'client_secret_post'],
    scopes_supported: ['openid', 'profile', 'email'],
    claims_supported: [
      'iss', 'sub', 'aud', 'iat', 'exp', 'auth_time', 'nonce', 'sid', 'amr', 'env',
      'preferred_username', 'given_name', 'family_name', 'name', 'email', 'email_verified',
    ],
  })
}

/** `GET as/jwks`: the public half of the signing key. */
export async function jwks(ctx: Ctx): Promise<Response> {
  const key = await ctx.signingKey()
  return json(200, { keys: [key.publicJwk] })
}

/** `GET|POST as/userinfo` with a bearer access token issued by this emulator. */
export function userinfo(ctx: Ctx): Response {
  const header = ctx.request.headers.get('Authorization') ?? ''
  const token = /^Bearer\s+(.+)$/i.exec(header)?.[1]?.trim()
  const record = token ? ctx.store.accessTokens.get(token) : undefined
  const user = record && record.expiresAt > ctx.now() ? findUserById(ctx, record.userId) : undefined
  if (!record || !user) {
    return oauthError(401, 'invalid_token', 'The access token is missing, unknown or expired.')
  }
  return json(200, { sub: user.id, ...userClaims(user, record.scope) })
}
