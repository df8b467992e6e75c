import { readFileSync } from 'node:fs'
import { readFile, rm } from 'node:fs/promises'
import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import dts from 'vite-plugin-dts'
import { transform } from 'esbuild'
import type { Plugin } from 'vite'
import { defineConfig } from 'vitest/config'

const peers = [
  'react',
  'react-dom',
  'react/jsx-runtime',
  '@tanstack/react-query',
  'react-hook-form',
  'msw',
  // Not a peer: a dependency of the token entry, which the host's bundler resolves.
  'oauth4webapi',
]

export default defineConfig({
  plugins: [
    react(),
    // One self-contained declaration file per entry (dist/<entry>.d.ts): the modules' own would need
    // extensions on their relative imports for `moduleResolution: node16`/`nodenext`.
    dts({
      include: ['src', 'emulator'],
      exclude: ['emulator/cli.ts', 'emulator/cli/**'],
      tsconfigPath: 'tsconfig.json',
      bundleTypes: true,
      // The `pingone-emulator` bin is an entry too, but no module: its declaration is empty.
      afterBuild: () => rm(resolve(import.meta.dirname, 'dist/pingone-emulator.d.ts'), { force: true }),
    }),
    stylesheet('src/styles.css'),
    localesAsMessageLists(),
    ownCopies('src/token/'),
    ownCopies('src/start/'),
  ],
  build: {
    lib: {
      entry: {
        index: resolve(import.meta.dirname, 'src/index.ts'),
        emulator: resolve(import.meta.dirname, 'emulator/index.ts'),
        'emulator-msw': resolve(import.meta.dirname, 'emulator/msw.ts'),
        'emulator-node': resolve(import.meta.dirname, 'emulator/node.ts'),
        token: resolve(import.meta.dirname, 'src/token/index.ts'),
        // `pingone-signon-react/start`: the early authorize, without React (bench/budgets.ts: 1.5 kB).
        start: resolve(import.meta.dirname, 'src/start/index.ts'),
        // The `pingone-emulator` bin (package.json); its source's `#!` line is kept.
        'pingone-emulator': resolve(import.meta.dirname, 'emulator/cli.ts'),
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

/**
 * Ships the optional stylesheet as `dist/styles.css`; the kit's modules never import it. Its
 * declaration, a module without exports (as Vite declares `*.css`), lets `import
 * 'pingone-signon-react/styles.css'` resolve under `noUncheckedSideEffectImports` (TypeScript 6's default).
 */
function stylesheet(path: string): Plugin {
  return {
    name: 'pingone-signon-stylesheet',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'styles.css', source: readFileSync(path, 'utf8') })
      this.emitFile({ type: 'asset', fileName: 'styles.d.css.ts', source: 'export {}\n' })
    },
  }
}

/**
 * Gives the modules under `dir` (an optional entry) their own copy of each kit module they import,
 * instead of a chunk shared with the kit's entry: the kit's entry then stays byte for byte what it
 * was (shared chunks cost the host's bundle bytes: bench/budgets.ts). Fit for pure helpers only: a
 * copied class or module state is another one than the kit's (`instanceof` across entries fails).
 */
function ownCopies(dir: string): Plugin {
  // Per entry: two entries' copies of one module would otherwise share a chunk.
  const copy = `?own-copy-${dir.replace(/\W/g, '')}`
  return {
    name: 'pingone-signon-own-copies',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      // A copy's own imports are copied too, all the way down.
      const inside = importer?.includes(`/${dir}`) || importer?.endsWith(copy)
      if (!inside || !source.startsWith('.')) return null
      const from = importer!.endsWith(copy) ? importer!.slice(0, -copy.length) : importer
      const resolved = await this.resolve(source, from, { ...options, skipSelf: true })
      if (!resolved || resolved.external || resolved.id.includes(`/${dir}`)) return resolved
      return `${resolved.id}${copy}`
    },
  }
}

/**
 * Ships each locale as two lists of its messages, in the order of the keys of the English parts
 * (src/messages/en/first.ts, then later.ts), without the keys (read back by
 * src/messages/messageList.ts): a third smaller. A catalogue or part is read by running its source,
 * which imports nothing but types.
 */
export function localesAsMessageLists(): Plugin {
  let parts: Promise<string[][]> | undefined
  const keysOf = (file: string, name: string) =>
    readFile(resolve(import.meta.dirname, file), 'utf8')
      .then(run)
      .then((module) => Object.keys(module[name]))
  return {
    name: 'pingone-signon-locale-lists',
    apply: 'build',
    enforce: 'pre',
    async transform(source, id) {
      if (!/\/src\/messages\/locales\/[\w-]+\.ts$/.test(id)) return null
      parts ??= Promise.all([keysOf('src/messages/en/first.ts', 'enFirst'), keysOf('src/messages/en/later.ts', 'enLater')])
      const catalogue = (await run(source)).default
      const lists = (await parts).map((keys) => keys.map((key) => (Object.hasOwn(catalogue, key) ? catalogue[key] : null)))
      return { code: `export default ${JSON.stringify(lists)}`, map: null }
    },
  }
}

/** The exports of a TypeScript module that imports nothing but types. */
async function run(source: string) {
  const { code } = await transform(source, { loader: 'ts', format: 'esm' })
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)
}
