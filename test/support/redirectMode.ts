import { app, authBaseUrl, environmentId } from '../render'

/**
 * The host app's own authorize in redirect mode, opened in this test's browser (the MSW mount's
 * cookie jar keeps the cookies PingOne binds the flow to): the login page URL PingOne sends the
 * browser to, with `?environmentId=&flowId=`.
 */
export async function openAuthorizeInRedirectMode(): Promise<URL> {
  const query = new URLSearchParams({
    client_id: app.clientId,
    response_type: 'code',
    redirect_uri: app.redirectUris[0]!,
    scope: 'openid',
    state: 'host-state',
    code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    code_challenge_method: 'S256',
  })
  const url = `${authBaseUrl}/${environmentId}/as/authorize?${query}`
  const response = await fetch(url, { redirect: 'manual', credentials: 'include' })
  return new URL(response.headers.get('location')!)
}
