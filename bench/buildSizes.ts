import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'

type ManifestChunk = { file: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[]; css?: string[] }

/** Gzip bytes (level 9, per file, as a server sends them) of one host build. */
export type BuildSize = {
  /** What the page loads before it can render: the entry, its static imports and their CSS. */
  js: number
  css: number
  /** Chunks loaded on demand only (the kit's locale catalogues). */
  lazyJs: number
  /** Every emitted JS and CSS file, by path under the build folder: for the leak check. */
  files: string[]
}

/** Reads a Vite build's manifest and measures its first-load JS and CSS, and what loads later. */
export function measureBuild(outDir: string): BuildSize {
  const manifest = JSON.parse(readFileSync(`${outDir}/.vite/manifest.json`, 'utf8')) as Record<string, ManifestChunk>
  const initial = new Set<string>()
  const visit = (key: string) => {
    const chunk = manifest[key]
    if (!chunk || initial.has(chunk.file)) return
    initial.add(chunk.file)
    for (const css of chunk.css ?? []) initial.add(css)
    for (const imported of chunk.imports ?? []) visit(imported)
  }
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key)
  const files = [...new Set(Object.values(manifest).flatMap((chunk) => [chunk.file, ...(chunk.css ?? [])]))]
  const gzip = (file: string) => gzipSync(readFileSync(`${outDir}/${file}`), { level: 9 }).length
  const sum = (list: string[]) => list.reduce((total, file) => total + gzip(file), 0)
  const isJs = (file: string) => file.endsWith('.js')
  return {
    js: sum([...initial].filter(isJs)),
    css: sum([...initial].filter((file) => file.endsWith('.css'))),
    lazyJs: sum(files.filter((file) => isJs(file) && !initial.has(file))),
    files,
  }
}

/**
 * Strings found only in the emulator and in MSW: none of them may reach a host's bundle. The
 * emulator's private headers, its own endpoints and demo password, and MSW's log prefix.
 */
const emulatorMarkers = ['X-Emulator-Cookie', 'X-Emulator-Cors-Refused', '_emulator/', 'Demo-Passw0rd!', 'fake-idp', '[MSW]', 'mockServiceWorker']

/** The markers found in a build's JS and CSS, each with the file it is in; empty when clean. */
export function findEmulatorCode(outDir: string, files: string[]): string[] {
  return files.flatMap((file) => {
    const text = readFileSync(`${outDir}/${file}`, 'utf8')
    return emulatorMarkers.filter((marker) => text.includes(marker)).map((marker) => `${marker} in ${file}`)
  })
}

/** The markers the leak check looks for, for the report. */
export const emulatorMarkerList = emulatorMarkers
