import { defaultConfig } from '../emulator'
import type { SignOnConfig } from '../src'

const env = import.meta.env
const [app] = defaultConfig.applications

/**
 * The PingOne application the demo signs on to: the emulator's by default, or a real environment
 * through VITE_PINGONE_* variables (see the README).
 */
export const signOnConfig: SignOnConfig & { authBaseUrl: string; loginPage: boolean } = {
  environmentId: env.VITE_PINGONE_ENVIRONMENT_ID ?? defaultConfig.environmentId,
  clientId: env.VITE_PINGONE_CLIENT_ID ?? app!.clientId,
  redirectUri: env.VITE_PINGONE_REDIRECT_URI ?? 'http://localhost:5173/',
  scope: env.VITE_PINGONE_SCOPE ?? 'openid profile email',
  authBaseUrl: env.VITE_PINGONE_AUTH_BASE_URL ?? 'http://localhost:4010',
  customDomain: env.VITE_PINGONE_CUSTOM_DOMAIN || undefined,
  // The demo is the application's login page URL: it continues the flows PingOne sends it (redirect mode).
  loginPage: env.VITE_PINGONE_LOGIN_PAGE !== 'false',
}

/** The root of the environment's auth paths: the custom domain, else `{authBaseUrl}/{environmentId}`. */
export const authRoot = signOnConfig.customDomain
  ? signOnConfig.customDomain.replace(/\/+$/, '')
  : `${signOnConfig.authBaseUrl.replace(/\/+$/, '')}/${signOnConfig.environmentId}`
