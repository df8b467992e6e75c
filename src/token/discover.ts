import * as oauth from 'oauth4webapi'
import type { ResolvedConfig } from '../flow/config'
import { TokenError } from './TokenError'

/** The endpoints {@link redeemCode} uses, all of which must be on the configured origin. */
const endpoints = ['token_endpoint', 'jwks_uri'] as const

/**
 * The environment's OpenID Provider metadata, from `{issuer}/.well-known/openid-configuration`
 * where the issuer is `{authBaseUrl}/{environmentId}/as` (or `{customDomain}/as`). Its `issuer` must
 * be exactly that, and the endpoints it names must be on the configured origin, as every other
 * request of the kit is.
 */
export async function discover(config: ResolvedConfig, options: oauth.HttpRequestOptions<'GET'>): Promise<oauth.AuthorizationServer> {
  const issuer = new URL(`${config.environmentUrl}/as`)
  const as = await oauth.processDiscoveryResponse(issuer, await oauth.discoveryRequest(issuer, { ...options, algorithm: 'oidc' }))
  for (const name of endpoints) {
    if (originOf(as[name]) !== config.authOrigin) {
      throw new TokenError('INVALID_RESPONSE', `The discovery document's ${name} is not on ${config.authOrigin}.`)
    }
  }
  return as
}

function originOf(href: unknown): string | undefined {
  try {
    return new URL(String(href)).origin
  } catch {
    return undefined
  }
}
