import { issuer, userClaims } from './claims'
import type { Ctx, ResolvedUser } from '../state/context'
import { newId } from '../state/ids'
import type { CodeRecord } from '../state/store'

/** The access-token and ID-token claims for a redeemed code. */
export function claimsFor(ctx: Ctx, code: CodeRecord, user: ResolvedUser, lifetimeSeconds: number) {
  const iat = Math.floor(ctx.now() / 1000)
  const common = {
    iss: issuer(ctx.base),
    sub: user.id,
    iat,
    exp: iat + lifetimeSeconds,
    sid: code.sessionId,
    env: ctx.config.environmentId,
  }
  const { authorize } = code
  return {
    access: {
      ...common,
      aud: [issuer(ctx.base)],
      jti: newId(),
      client_id: authorize.clientId,
      scope: authorize.scope,
    },
    id: {
      ...common,
      aud: authorize.clientId,
      auth_time: Math.floor(code.authTime / 1000),
      ...(authorize.nonce !== undefined ? { nonce: authorize.nonce } : {}),
      amr: code.amr,
      ...userClaims(user, authorize.scope),
    },
  }
}
