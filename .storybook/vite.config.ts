import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

/** Storybook's own Vite config: React only. */
export default defineConfig({
  plugins: [react()],
})
