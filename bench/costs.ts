// `npm run size:costs`: what each step and each area of the English catalogue adds to the whole
// kit's JavaScript, found by bundling the kit without it (gzip -9, peers and locales left out, as
// `npm run size` measures). For weighing a feature against issue 6's budgets. Reads src/, not dist/.
import { readdirSync, readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { build, type Plugin } from 'esbuild'

const root = new URL('..', import.meta.url).pathname
const peers = ['react', 'react-dom', '@tanstack/react-query', 'react-hook-form', 'react/jsx-runtime']
// The English catalogue, in its two parts (the first load's, and the steps' loaded on demand).
const catalogues = [`${root}src/messages/en/first.ts`, `${root}src/messages/en/later.ts`]

/** What to leave out: files replaced by stubs, and catalogue keys dropped. */
type Without = { stubs?: Map<string, string>; dropKey?: (key: string) => boolean }

async function gzipBytes({ stubs = new Map(), dropKey }: Without = {}): Promise<number> {
  const leaveOut: Plugin = {
    name: 'leave-out',
    setup(build) {
      build.onResolve({ filter: /locales\// }, (args) =>
        args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined,
      )
      build.onLoad({ filter: /\.tsx?$/ }, (args) => {
        const stub = stubs.get(args.path)
        if (stub !== undefined) return { contents: stub, loader: 'tsx' }
        if (dropKey && catalogues.includes(args.path)) return { contents: withoutKeys(readFileSync(args.path, 'utf8'), dropKey), loader: 'ts' }
        return undefined
      })
    },
  }
  const result = await build({
    entryPoints: [`${root}src/index.ts`],
    bundle: true,
    format: 'esm',
    minify: true,
    jsx: 'automatic',
    loader: { '.css': 'empty' },
    write: false,
    outdir: `${root}.costs-out`,
    external: peers,
    plugins: [leaveOut],
    logLevel: 'silent',
  })
  return gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length
}

/** The catalogue without the entries whose key `drop` picks (an entry runs to the next key or comment). */
function withoutKeys(source: string, drop: (key: string) => boolean): string {
  const entry = /^ {2}'([^']+)':[\s\S]*?(?=^ {2}'|^ {2}\/[/*]|^\})/gm
  return source.replace(entry, (text, key: string) => (drop(key) ? '' : text))
}

/** A module whose exports are components that render nothing. */
function stubOf(file: string): string {
  const names = [...readFileSync(file, 'utf8').matchAll(/export (?:function|const) (\w+)/g)].map((match) => match[1])
  return names.map((name) => `export const ${name} = () => null`).join('\n')
}

const whole = await gzipBytes()
const rows: [string, number][] = []
const stepFiles = readdirSync(`${root}src/steps`).filter((file) => file.endsWith('.tsx') || file.endsWith('.ts'))
for (const file of stepFiles) {
  const path = `${root}src/steps/${file}`
  rows.push([`step ${file.replace('.tsx', '')}`, whole - (await gzipBytes({ stubs: new Map([[path, stubOf(path)]]) }))])
}
const areas = new Set(catalogues.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/^ {2}'([^'.]+)\./gm)].map((match) => match[1]!)))
for (const area of areas) {
  rows.push([`messages ${area}.*`, whole - (await gzipBytes({ dropKey: (key) => key.startsWith(`${area}.`) }))])
}
rows.push(['messages, all of English', whole - (await gzipBytes({ dropKey: () => true }))])

// Issue 6's second budget: the provider with the identifier/password and social steps alone. Every
// other step is left out with the messages of its own area; shared messages (fields, errors) stay.
const firstSteps = ['UsernamePassword', 'Identifier', 'Password', 'ExternalAuthentication', 'Loading', 'Completed', 'Failed', 'Error', 'Unknown']
const others = stepFiles.filter((file) => file.endsWith('Step.tsx') && !firstSteps.includes(file.replace('Step.tsx', '')))
const otherAreas = others.map((file) => file.replace('Step.tsx', '')).map((name) => name[0]!.toLowerCase() + name.slice(1))
const firstOnly = await gzipBytes({
  stubs: new Map(others.map((file) => [`${root}src/steps/${file}`, stubOf(`${root}src/steps/${file}`)])),
  dropKey: (key) => otherAreas.some((area) => key.startsWith(`${area}.`)),
})

console.log(`The whole kit's JavaScript: ${whole} B gzip (from src/, locales and styles.css apart).\n`)
console.log('| Left out | Saves (B gzip) |\n|---|---:|')
for (const [name, bytes] of rows.sort((a, b) => b[1] - a[1])) console.log(`| ${name} | ${bytes} |`)
console.log('\nEach row alone: code shared with what stays (fields, Layout, the provider) is not counted.')
console.log(`\nThe provider with only ${firstSteps.join(', ')} (the other steps and their messages left out): ${firstOnly} B gzip.`)
