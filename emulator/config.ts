/** A client application registered in the emulated environment. */
export type EmulatorApplication = {
  /** The OAuth client id (PingOne uses the application's UUID). */
  clientId: string
  /** Shown on sign-on pages as `_embedded.application.name`. */
  name: string
  /** Registered redirect URIs; the first is the default when authorize sends none. */
  redirectUris: string[]
  /** The custom sign-on page; redirect-mode authorize and social logins return here. */
  loginPageUrl?: string
  /** Origins allowed to call the flows, resume and token endpoints from a browser. */
  corsOrigins: string[]
  /** `usernamePassword` starts at USERNAME_PASSWORD_REQUIRED, `identifierFirst` at SIGN_ON_REQUIRED. */
  signOnPolicy: 'usernamePassword' | 'identifierFirst'
  /** Ids of the social providers offered on the sign-on page. */
  socialProviderIds?: string[]
  /** PKCE enforcement, like PingOne's `pkceEnforcement`. Defaults to `OPTIONAL`. */
  pkce?: 'S256_REQUIRED' | 'OPTIONAL'
}

/** A user of the emulated environment. */
export type EmulatorUser = {
  /** Stable UUID; derived from the username when missing. */
  id?: string
  username: string
  password: string
  email?: string
  name?: { given?: string; family?: string }
}

/** An external identity provider, emulated by a built-in fake IdP page. */
export type EmulatorSocialProvider = {
  id: string
  name: string
  /** PingOne's provider type, e.g. `OPENID_CONNECT`; also the callback path segment. */
  type: string
  /** The username of the user this external identity is linked to. */
  username: string
}

/** Everything the emulator knows at start: a plain, immutable seed. */
export type EmulatorConfig = {
  environmentId: string
  applications: EmulatorApplication[]
  users: EmulatorUser[]
  socialProviders: EmulatorSocialProvider[]
  /** Password lockout rule. Defaults to 5 failures, then 900 seconds locked. */
  lockout?: { failures: number; seconds: number }
}

const demoProviderId = '5b7e2c4a-91d3-4f6e-8a2b-c3d4e5f60718'

/**
 * The demo environment: one single-page app on `http://localhost:5173/`, the user
 * `demo` / `Demo-Passw0rd!`, and an "Acme ID" social provider linked to that user.
 */
export const defaultConfig: EmulatorConfig = {
  environmentId: '8f3c0b52-6a8e-4d2b-9d0e-3b1c5a7e9f20',
  applications: [
    {
      clientId: 'd2a1e9f4-7c3b-4e58-a6d1-0f9b8c7e6a54',
      name: 'Demo App',
      redirectUris: ['http://localhost:5173/'],
      loginPageUrl: 'http://localhost:5173/',
      corsOrigins: ['http://localhost:5173'],
      signOnPolicy: 'usernamePassword',
      socialProviderIds: [demoProviderId],
      pkce: 'S256_REQUIRED',
    },
  ],
  users: [
    {
      id: '3e9a7c21-5d4b-4f8e-9a6c-1b2d3e4f5a60',
      username: 'demo',
      password: 'Demo-Passw0rd!',
      email: 'demo@example.com',
      name: { given: 'Demo', family: 'User' },
    },
  ],
  socialProviders: [
    { id: demoProviderId, name: 'Acme ID', type: 'OPENID_CONNECT', username: 'demo' },
  ],
}
