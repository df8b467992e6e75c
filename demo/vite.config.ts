import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig, loadEnv, type Plugin } from 'vite'
import { createEmulator, defaultConfig } from '../emulator'
import { serveEmulator } from '../emulator/node'

const root = fileURLToPath(new URL('.', import.meta.url))

// `npm start`: the demo host app on http://localhost:5173 and, unless VITE_PINGONE_AUTH_BASE_URL or
// VITE_PINGONE_CUSTOM_DOMAIN points at a real PingOne, the emulator on http://localhost:4010 (a second
// origin, so CORS and cross-origin cookies are real).
export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, root, 'VITE_PINGONE_')
  return {
    root,
    envDir: root,
    plugins: [react(), env.VITE_PINGONE_AUTH_BASE_URL || env.VITE_PINGONE_CUSTOM_DOMAIN ? null : emulator(4010)],
    server: { port: 5173, strictPort: true, host: 'localhost' },
    preview: { port: 5173, strictPort: true, host: 'localhost' },
  }
})

function emulator(port: number): Plugin {
  return {
    name: 'pingone-emulator',
    async configureServer(vite) {
      const server = await serveEmulator(createEmulator(defaultConfig), { port, host: 'localhost' })
      vite.config.logger.info(`  PingOne emulator: ${server.url}  (user demo / Demo-Passw0rd!)`)
      vite.httpServer?.once('close', () => void server.close())
    },
  }
}
