import react from '@vitejs/plugin-react'
import { build, type Alias, type Plugin } from 'vite'
import { benchDir, builtHostsDir, repoDir, type HostName } from './paths'

/** The kit as a host gets it from npm: the built package (`npm run build`), not the source. */
const builtKit: Alias[] = [
  { find: /^pingone-signon-react$/, replacement: `${repoDir}dist/index.js` },
  { find: /^pingone-signon-react\/styles\.css$/, replacement: `${repoDir}dist/styles.css` },
  { find: /^pingone-signon-react\/start$/, replacement: `${repoDir}dist/start.js` },
]

/** React's profiling build: production code in which `<Profiler onRender>` is called. */
const profilingReact: Alias[] = [{ find: /^react-dom\/client$/, replacement: 'react-dom/profiling' }]

/**
 * Builds one host app (`bench/hosts/<name>/main.tsx`, in the page `bench/hosts/index.html` that all
 * hosts share) in production mode into `bench/.out/hosts/<name>`, with a Vite manifest so its
 * first-load files can be told from the chunks loaded on demand.
 */
export async function buildHost(name: HostName): Promise<string> {
  const outDir = `${builtHostsDir}/${name}`
  const entry: Alias = { find: /^\/main\.tsx$/, replacement: `${benchDir}hosts/${name}/main.tsx` }
  await build({
    configFile: false,
    envDir: false,
    root: `${benchDir}hosts`,
    base: './',
    mode: 'production',
    logLevel: 'warn',
    plugins: [react(), ...(name === 'start' ? [preloadDynamicImports()] : [])],
    resolve: { alias: [entry, ...builtKit, ...(name === 'renders' ? profilingReact : [])] },
    build: { outDir, emptyOutDir: true, manifest: true, reportCompressedSize: false },
  })
  return outDir
}

/**
 * Adds a `<link rel="modulepreload">` to the HTML for each chunk the entry `import()`s (and their
 * static imports): the start host's app then downloads alongside its tiny entry, not after it has
 * run. Vite preloads a dynamic import's dependencies only once the `import()` runs.
 */
function preloadDynamicImports(): Plugin {
  return {
    name: 'bench-preload-dynamic-imports',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle, chunk }) {
        if (!bundle || !chunk) return []
        const files = new Set<string>()
        const add = (file: string) => {
          const imported = bundle[file]
          if (files.has(file) || imported?.type !== 'chunk') return
          files.add(file)
          for (const next of imported.imports) add(next)
        }
        for (const file of chunk.dynamicImports) add(file)
        for (const file of chunk.imports) files.delete(file)
        return [...files].map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` }, injectTo: 'head' as const }))
      },
    },
  }
}
