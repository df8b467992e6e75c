import type { ResolvedUser } from '../state/context'

/** The user's profile and email claims that `scope` grants (ID token and userinfo). */
export function userClaims(user: ResolvedUser, scope: string): Record<string, unknown> {
  const scopes = scope.split(' ')
  const claims: Record<string, unknown> = {}
  if (scopes.includes('profile')) {
    claims.preferred_username = user.username
    if (user.name?.given) claims.given_name = user.name.given
    if (user.name?.family) claims.family_name = user.name.family
    const name = [user.name?.given, user.name?.family].filter(Boolean).join(' ')
    if (name) claims.name = name
  }
  if (scopes.includes('email') && user.email) {
    claims.email = user.email
    claims.email_verified = true
  }
  return claims
}

/** The issuer of every token: `{origin}/{envId}/as`, or `{customDomain}/as`. */
export function issuer(base: string): string {
  return `${base}/as`
}
