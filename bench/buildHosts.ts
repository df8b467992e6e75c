import react from '@vitejs/plugin-react'
import { build, type Alias } from 'vite'
import { benchDir, builtHostsDir, repoDir, type HostName } from './paths'

/** The kit as a host gets it from npm: the built package (`npm run build`), not the source. */
const builtKit: Alias[] = [
  { find: /^pingone-signon-react$/, replacement: `${repoDir}dist/index.js` },
  { find: /^pingone-signon-react\/styles\.css$/, replacement: `${repoDir}dist/styles.css` },
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
    plugins: [react()],
    resolve: { alias: [entry, ...builtKit, ...(name === 'renders' ? profilingReact : [])] },
    build: { outDir, emptyOutDir: true, manifest: true, reportCompressedSize: false },
  })
  return outDir
}
