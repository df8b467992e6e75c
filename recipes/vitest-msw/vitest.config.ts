import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    // jsdom's page is http://localhost:3000, an origin the emulator's demo application allows.
    environment: 'jsdom',
    setupFiles: ['./src/test-setup.ts'],
  },
})
