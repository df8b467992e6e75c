// `npm run size`: the size budgets, enforced in CI. Run after `npm run build`; it measures the
// published files as a host's bundler sees them: bundled and minified by esbuild, the peers React,
// react-dom, react-query and react-hook-form left out (the host has them), then gzipped (level 9)
// chunk by chunk, as a browser fetches them.
import { readFile } from 'node:fs/promises'
import { relative } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build, transform, type Metafile } from 'esbuild'

const root = new URL('..', import.meta.url).pathname
const peers = ['react', 'react-dom', '@tanstack/react-query', 'react-hook-form', 'react/jsx-runtime']

/** A measured size, the limit CI enforces, and issue 16's target. */
type Budget = { name: string; bytes: number; limit: number; target: number }

// The limits CI enforces: today's sizes plus a little, so any growth fails the build. They are
// lowered to what is reached each time the kit shrinks (a ratchet), and raising one is a decision
// for its commit and the README to explain (startSignOn: +0.17 kB; real tenants' answers, issue 13:
// +0.8 kB, Arabic +0.09 kB; issue 15: +0.65 kB; issue 16: the whole kit +3.4 kB, as the steps few
// users reach became a chunk of their own, README "Size"). The targets are issue 16's.
const limits = { wholeKit: 29_100, firstLoad: 18_650, onDemand: 9_300, locale: 3_350 }
const targets = { wholeKit: 23_500, firstLoad: 14_000, onDemand: 9_300, locale: 3_250 }

const kB = (n: number) => `${(n / 1000).toFixed(2)} kB`
const gzip = (text: string | Uint8Array) => gzipSync(text, { level: 9 }).length

/**
 * Bundles `source` (an entry importing from dist/) the way a host would. `firstLoad` is the entry
 * chunk and the chunks it imports statically; `lazy` the chunks behind a dynamic `import()`.
 */
async function bundle(source: string, externals: string[] = []) {
  const result = await build({
    stdin: { contents: source, resolveDir: root, loader: 'js' },
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    charset: 'utf8',
    write: false,
    absWorkingDir: root,
    outdir: `${root}.size-out`,
    metafile: true,
    external: [...peers, ...externals],
    logLevel: 'silent',
    // What every host bundler does in a production build: the kit's development messages drop out.
    define: { 'process.env.NODE_ENV': '"production"' },
  })
  const { outputs } = result.metafile
  const chunks = new Map(
    result.outputFiles.map((file) => {
      const path = relative(root, file.path)
      return [path, { path, text: file.text, gzip: gzip(file.contents), inputs: Object.keys(outputs[path]?.inputs ?? {}) }]
    }),
  )
  const entry = Object.keys(outputs).find((path) => outputs[path]?.entryPoint === '<stdin>')
  const firstLoad = new Set<string>()
  const visit = (path: string) => {
    if (firstLoad.has(path) || !chunks.has(path)) return
    firstLoad.add(path)
    for (const i of outputs[path]?.imports ?? []) if (i.kind === 'import-statement') visit(i.path)
  }
  if (entry) visit(entry)
  const all = [...chunks.values()]
  return {
    firstLoad: all.filter((chunk) => firstLoad.has(chunk.path)),
    lazy: all.filter((chunk) => !firstLoad.has(chunk.path)),
    metafile: result.metafile,
  }
}

const sum = (chunks: { gzip: number }[]) => chunks.reduce((total, chunk) => total + chunk.gzip, 0)
const isLocale = (input: string) => input.includes('dist/locales/')

async function main() {
  const kit = await bundle(`export * from './dist/index.js'`)
  const css = (await transform(await readFile(`${root}dist/styles.css`, 'utf8'), { loader: 'css', minify: true })).code
  const onDemand = kit.lazy.filter((chunk) => !chunk.inputs.some(isLocale))
  const locales = kit.lazy.filter((chunk) => chunk.inputs.some(isLocale))

  const budgets: Budget[] = [
    {
      name: 'whole kit: every step, English and styles.css',
      bytes: sum(kit.firstLoad) + sum(onDemand) + gzip(css),
      limit: limits.wholeKit,
      target: targets.wholeKit,
    },
    {
      // What a password, identifier or social page loads before its first step: the provider, those
      // steps, the end states, every error message in English.
      name: 'first load: the provider and what it loads statically',
      bytes: sum(kit.firstLoad),
      limit: limits.firstLoad,
      target: targets.firstLoad,
    },
    {
      // The steps few users reach (MFA, WebAuthn, passwords, registration, recovery, linking, profile,
      // agreement, device grant) and their English: fetched when the browser is idle after the first step.
      name: `on demand: the steps few users reach (${onDemand.length} chunk${onDemand.length === 1 ? '' : 's'})`,
      bytes: sum(onDemand),
      limit: limits.onDemand,
      target: targets.onDemand,
    },
    await startEntryBudget(),
    ...locales.map((chunk) => ({
      name: `locale ${chunk.inputs.find(isLocale)?.match(/locales\/(.+)-[\w-]{8}\.js$/)?.[1]}, on demand`,
      bytes: chunk.gzip,
      limit: limits.locale,
      target: targets.locale,
    })),
  ]

  const leaks = await emulatorInputs(kit.metafile)
  const tokenLeaks = await tokenInputs(kit.metafile)
  const devMessages = [...kit.firstLoad, ...kit.lazy].some((chunk) => chunk.text.includes('[pingone-signon-react]'))
  printTable(budgets)
  // For comparison with sizes before the split (issue 16's "today"): the same code in one file.
  console.log(`\nThe whole kit's JavaScript in one file (a bundler that does not split): ${kB(await unsplit())}.`)
  console.log(leaks.length ? `\nEmulator code in the kit's bundle: ${leaks.join(', ')}` : "\nThe emulator and msw are not in the kit's bundle.")
  console.log(tokenLeaks.length ? `Token entry code in the kit's bundle: ${tokenLeaks.join(', ')}` : "The token entry and oauth4webapi are not in the kit's bundle.")
  console.log(devMessages ? "Development messages in the kit's production bundle." : "No development message in the kit's production bundle.")
  const over = budgets.filter((b) => b.bytes > b.limit)
  for (const b of over) console.error(`Over budget: ${b.name}: ${kB(b.bytes)} > ${kB(b.limit)}`)
  if (over.length || leaks.length || tokenLeaks.length || devMessages) process.exit(1)
}

/**
 * Issue 16, point 6: `pingone-signon-react/start`, the script a host loads before the kit to send
 * the authorize early. It must stay tiny and import nothing: no React, no react-query, no chunk.
 */
async function startEntryBudget(): Promise<Budget> {
  const start = await bundle(`export * from './dist/start.js'`)
  const imports = Object.values(start.metafile.outputs).flatMap((output) => output.imports.filter((i) => i.external))
  if (imports.length) throw new Error(`The start entry imports ${imports.map((i) => i.path).join(', ')}: it must import nothing.`)
  return { name: 'start entry (`/start`): the early authorize', bytes: sum(start.firstLoad) + sum(start.lazy), limit: 1_500, target: 1_500 }
}

/** Files of the kit's bundle that the token entry also loads (shared chunks), or oauth4webapi. */
async function tokenInputs(kit: Metafile): Promise<string[]> {
  const { metafile } = await bundle(`export * from './dist/token.js'`, ['oauth4webapi'])
  const token = new Set(Object.keys(metafile.inputs).filter((input) => !input.startsWith('<stdin>')))
  return Object.keys(kit.inputs).filter((input) => token.has(input) || input.includes('oauth4webapi'))
}

/** Files of the kit's bundle that the emulator's entries also load (shared chunks), or msw. */
async function emulatorInputs(kit: Metafile): Promise<string[]> {
  const emulator = new Set<string>()
  for (const entry of ['emulator', 'emulator-msw', 'emulator-node']) {
    const { metafile } = await bundle(`export * from './dist/${entry}.js'`, ['msw', 'node:*'])
    for (const input of Object.keys(metafile.inputs)) if (!input.startsWith('<stdin>')) emulator.add(input)
  }
  return Object.keys(kit.inputs).filter((input) => emulator.has(input) || input.includes('msw'))
}

/** The kit's JavaScript bundled into one file, chunks loaded on demand included, locales left out. */
async function unsplit(): Promise<number> {
  const result = await build({
    stdin: { contents: `export * from './dist/index.js'`, resolveDir: root, loader: 'js' },
    bundle: true,
    format: 'esm',
    minify: true,
    charset: 'utf8',
    write: false,
    external: [...peers, './locales/*'],
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  })
  return gzip(result.outputFiles[0]!.contents)
}

function printTable(budgets: Budget[]) {
  console.log('| Budget (gzip, peers excluded) | Size | Limit (CI) | Target (issue 16) |')
  console.log('|---|---:|---:|---:|')
  for (const b of budgets) {
    const target = `${kB(b.target)}${b.bytes > b.target ? ` (over by ${kB(b.bytes - b.target)})` : ' (met)'}`
    console.log(`| ${b.name} | ${kB(b.bytes)} | ${kB(b.limit)} | ${target} |`)
  }
}

await main()
