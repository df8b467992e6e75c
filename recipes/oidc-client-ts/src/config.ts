import { UserManager, WebStorageStateStore } from 'oidc-client-ts'

export const authBaseUrl = import.meta.env.VITE_PINGONE_AUTH_BASE_URL
export const environmentId = import.meta.env.VITE_PINGONE_ENVIRONMENT_ID
export const clientId = import.meta.env.VITE_PINGONE_CLIENT_ID

/** Registered on the application as its redirect URI (emulator.json: `redirectUris`). */
export const redirectUri = `${window.location.origin}/callback`

/**
 * oidc-client-ts runs the OAuth side: discovery, authorize (PKCE S256, state, nonce), and at the
 * callback the token request. It never sees the sign-on page: PingOne sends the browser from
 * authorize to the application's login page URL, where <PingOneSignOn loginPage> shows the steps.
 */
export const userManager = new UserManager({
  authority: `${authBaseUrl}/${environmentId}/as`,
  client_id: clientId,
  redirect_uri: redirectUri,
  response_type: 'code',
  scope: 'openid profile',
  automaticSilentRenew: false,
  userStore: new WebStorageStateStore({ store: window.sessionStorage }),
})
