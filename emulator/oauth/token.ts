import { claimsFor } from './tokenClaims'
import { findApp, findUserById, type Ctx, type ResolvedUser } from '../state/context'
import { deviceCodeGrant, deviceCodeGrantType } from '../policy/deviceGrant'
import { oauthError } from '../http/errors'
import { json, readForm } from '../http/http'
import { verifyPkce } from './pkce'
import type { CodeRecord } from '../state/store'
import { signJwt } from './tokens'

const tokenLifetimeSeconds = 3600

/**
 * `POST as/token`: the authorization_code grant for public clients. Errors use the OAuth
 * shape `{error, error_description}` (RFC 6749 section 5.2), as PingOne's token endpoint
 * does and as OIDC client libraries expect, not PingOne's flow error body.
 */
export async function token(ctx: Ctx): Promise<Response> {
  const form = await readForm(ctx.request)
  const clientId = clientIdOf(ctx.request, form)
  if (clientId === null) return oauthError(401, 'invalid_client', 'Conflicting client_id values.')
  const app = findApp(ctx, clientId)
  if (!app) return oauthError(401, 'invalid_client', 'Unknown client.')
  if (form.get('grant_type') === deviceCodeGrantType) return deviceCodeGrant(ctx, app, form, issueTokens)
  if (form.get('grant_type') !== 'authorization_code') {
    return oauthError(400, 'unsupported_grant_type', 'Only authorization_code and device_code are supported.')
  }
  const codeValue = form.get('code')
  if (!codeValue) return oauthError(400, 'invalid_request', 'The code is missing.')

  const code = ctx.store.codes.get(codeValue)
  // Single use: the code is spent by any attempt, which also stops verifier guessing.
  ctx.store.codes.delete(codeValue)
  if (!code || code.expiresAt <= ctx.now()) {
    return oauthError(400, 'invalid_grant', 'The code is invalid or expired.')
  }
  const { authorize } = code
  if (authorize.clientId !== app.clientId) {
    return oauthError(400, 'invalid_grant', 'The code was issued to another client.')
  }
  if (authorize.redirectUri !== undefined && form.get('redirect_uri') !== authorize.redirectUri) {
    return oauthError(400, 'invalid_grant', 'The redirect_uri does not match the authorization request.')
  }
  if (authorize.codeChallenge && authorize.codeChallengeMethod) {
    const verifier = form.get('code_verifier')
    if (!verifier || !(await verifyPkce(verifier, authorize.codeChallenge, authorize.codeChallengeMethod))) {
      return oauthError(400, 'invalid_grant', 'PKCE verification failed.')
    }
  } else if (form.has('code_verifier')) {
    // A downgrade (RFC 9700 section 2.1.1): the verifier of a challenge that authorize never saw.
    return oauthError(400, 'invalid_grant', 'A code_verifier was sent, but the authorization request had no code_challenge.')
  }
  const user = findUserById(ctx, code.userId)
  if (!user) return oauthError(400, 'invalid_grant', 'The user no longer exists.')
  return issueTokens(ctx, code, user)
}

/** The token response for a redeemed grant; the access token is kept for userinfo. */
export async function issueTokens(ctx: Ctx, code: CodeRecord, user: ResolvedUser): Promise<Response> {
  const { authorize } = code
  const key = await ctx.signingKey()
  const claims = claimsFor(ctx, code, user, tokenLifetimeSeconds)
  const accessToken = await signJwt(key, claims.access)
  ctx.store.accessTokens.set(accessToken, {
    userId: user.id,
    scope: authorize.scope,
    expiresAt: ctx.now() + tokenLifetimeSeconds * 1000,
  })
  return json(200, {
    access_token: accessToken,
    token_type: 'Bearer',
    expires_in: tokenLifetimeSeconds,
    scope: authorize.scope,
    id_token: await signJwt(key, claims.id),
  })
}

/** The client id from the body or a client_secret_basic header; null when they disagree. */
function clientIdOf(request: Request, form: URLSearchParams): string | null | undefined {
  const fromBody = form.get('client_id') ?? undefined
  const header = request.headers.get('Authorization')
  if (!header?.toLowerCase().startsWith('basic ')) return fromBody
  let fromHeader: string | undefined
  try {
    fromHeader = decodeURIComponent(atob(header.slice(6).trim()).split(':')[0] ?? '')
  } catch {
    return null
  }
  if (fromBody !== undefined && fromBody !== fromHeader) return null
  return fromHeader
}
