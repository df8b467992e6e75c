/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_PINGONE_ENVIRONMENT_ID?: string
  readonly VITE_PINGONE_CLIENT_ID?: string
  readonly VITE_PINGONE_REDIRECT_URI?: string
  readonly VITE_PINGONE_SCOPE?: string
  readonly VITE_PINGONE_LOGIN_PAGE?: 'true' | 'false'
  readonly VITE_PINGONE_AUTH_BASE_URL?: string
  readonly VITE_PINGONE_CUSTOM_DOMAIN?: string
}
