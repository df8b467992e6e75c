/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_PINGONE_AUTH_BASE_URL: string
  readonly VITE_PINGONE_ENVIRONMENT_ID: string
  readonly VITE_PINGONE_CLIENT_ID: string
}

interface ImportMeta {
  readonly env: ImportMetaEnv
}
