import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'

export default defineConfig({ plugins: [react(), preloadApp()] })

/**
 * In a production build, a `<link rel="modulepreload">` in the HTML for each chunk the entry
 * `import()`s (src/App.tsx, with React and the kit) and their own imports: they download alongside
 * the tiny entry (src/main.ts), which meanwhile sends the authorize. Without it, Vite fetches them
 * only once the entry has run its `import()`, one round trip later.
 */
function preloadApp(): Plugin {
  return {
    name: 'preload-app',
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
        return [...files].map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` }, injectTo: 'head' as const }))
      },
    },
  }
}
