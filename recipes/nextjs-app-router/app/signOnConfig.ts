import type { SignOnConfig } from 'pingone-signon-react'

// NEXT_PUBLIC_* variables are inlined at build time, and only when written out in full like this
// (`process.env[name]` would be undefined in the browser). See .env.
export const signOnConfig: SignOnConfig = {
  authBaseUrl: required('NEXT_PUBLIC_PINGONE_AUTH_BASE_URL', process.env.NEXT_PUBLIC_PINGONE_AUTH_BASE_URL),
  environmentId: required('NEXT_PUBLIC_PINGONE_ENVIRONMENT_ID', process.env.NEXT_PUBLIC_PINGONE_ENVIRONMENT_ID),
  clientId: required('NEXT_PUBLIC_PINGONE_CLIENT_ID', process.env.NEXT_PUBLIC_PINGONE_CLIENT_ID),
  redirectUri: required('NEXT_PUBLIC_PINGONE_REDIRECT_URI', process.env.NEXT_PUBLIC_PINGONE_REDIRECT_URI),
  // Here, not as a prop: startSignOn (app/signOnStart.ts) must send the same scope as the provider.
  scope: 'openid profile',
}

function required(name: string, value: string | undefined): string {
  if (!value) throw new Error(`${name} is not set (see .env)`)
  return value
}
