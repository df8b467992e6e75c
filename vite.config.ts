import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import dts from 'vite-plugin-dts'
import type { Plugin } from 'vite'
import { defineConfig } from 'vitest/config'

const peers = [
  'react',
  'react-dom',
  'react/jsx-runtime',
  '@tanstack/react-query',
  'react-hook-form',
  'msw',
]

export default defineConfig({
  plugins: [
    react(),
    dts({ include: ['src', 'emulator'], exclude: ['emulator/cli.ts'], tsconfigPath: 'tsconfig.json' }),
    stylesheet('src/styles.css'),
  ],
  build: {
    lib: {
      entry: {
        index: resolve(import.meta.dirname, 'src/index.ts'),
        emulator: resolve(import.meta.dirname, 'emulator/index.ts'),
        'emulator-msw': resolve(import.meta.dirname, 'emulator/msw.ts'),
        'emulator-node': resolve(import.meta.dirname, 'emulator/node.ts'),
      },
      formats: ['es'],
    },
    rollupOptions: {
      external: (id) => peers.some((p) => id === p || id.startsWith(`${p}/`)) || id.startsWith('node:'),
      // Each locale is its own chunk under locales/, loaded on demand (and budgeted on its own).
      output: {
        // The kit's entry renders React state: Next.js's App Router must load it on the client.
        banner: (chunk) => (chunk.isEntry && chunk.name === 'index' ? "'use client';" : ''),
        chunkFileNames: (chunk) =>
          chunk.facadeModuleId?.includes('/src/messages/locales/') ? 'locales/[name]-[hash].js' : '[name]-[hash].js',
      },
    },
    sourcemap: true,
    minify: false,
  },
  test: {
    restoreMocks: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'kit',
          environment: 'jsdom',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/emulator/**', 'test/browser/**', 'test/server/**'],
          setupFiles: ['test/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'server',
          environment: 'node',
          include: ['test/server/**/*.test.{ts,tsx}'],
        },
      },
      {
        extends: true,
        test: {
          name: 'emulator',
          environment: 'node',
          include: ['test/emulator/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['test/browser/**/*.test.ts'],
          globalSetup: ['test/browser/globalSetup.ts', 'test/browser/storybookSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // Stories play concurrently in separate browser contexts; more than 3 starves 2 cores.
          maxConcurrency: 3,
        },
      },
    ],
  },
})

/** Ships the optional stylesheet as `dist/styles.css`; the kit's modules never import it. */
function stylesheet(path: string): Plugin {
  return {
    name: 'pingone-signon-stylesheet',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'styles.css', source: readFileSync(path, 'utf8') })
    },
  }
}
