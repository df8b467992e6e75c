import type { SignOnConfig } from 'pingone-signon-react'

/**
 * Where the app signs on: the emulator that `npx pingone-emulator --port 4110` serves, with the ids
 * its banner prints (`defaultConfig`'s). Against a real tenant, drop `authBaseUrl` (or set your
 * region) and use your environment's and application's ids.
 */
export const pingone = {
  authBaseUrl: 'http://localhost:4110',
  environmentId: '8f3c0b52-6a8e-4d2b-9d0e-3b1c5a7e9f20',
  clientId: 'd2a1e9f4-7c3b-4e58-a6d1-0f9b8c7e6a54',
  // `--app-origin http://localhost:5190` registers this as a redirect URI (and the origin for CORS).
  redirectUri: 'http://localhost:5190/',
  // In the config, not as a prop: startSignOn (src/started.ts) must send the same scope as the provider.
  scope: 'openid profile',
} satisfies SignOnConfig
