/**
 * Runs the recipes (`recipes/<name>/`, each a small host project a team can copy) against the
 * package as published: the packed tarball, never the repository's sources.
 *
 * Usage: `node test/server/recipes.mjs [--tarball FILE] [name...]`
 *
 * Without `--tarball` it packs the repository (`npm pack`; run `npm run build` first). Every folder
 * under `recipes/` with a package.json is a recipe; names on the command line restrict the run to
 * those. Each recipe, one after the other, is copied into an empty temporary folder (without
 * node_modules, dist, .next, test-results, playwright-report and lock files), its
 * `pingone-signon-react` dependency is pointed at the tarball (`file:<absolute path>`), then
 * `npm install --no-audit --no-fund --no-package-lock` and `npm test` run there (`CHROMIUM_PATH`
 * defaults to /usr/bin/chromium). A recipe that fails prints its output; the others still run, and
 * the script then exits 1.
 */
import { spawn, execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join, resolve } from 'node:path'

const root = new URL('../..', import.meta.url).pathname
const recipesDir = join(root, 'recipes')
const skipped = new Set(['node_modules', 'dist', '.next', 'test-results', 'playwright-report', 'package-lock.json'])
const temporary = []
/** The command running now, stopped with the runner. */
let current
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    current?.kill(signal)
    for (const dir of temporary) rmSync(dir, { recursive: true, force: true })
    process.exit(130)
  })
}

/** Runs a command in `cwd`; resolves with its exit code and its interleaved stdout and stderr. */
function run(command, args, cwd, env) {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
    current = child
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('error', (error) => done({ code: -1, output: `${output}${error.message}\n` }))
    child.on('close', (code, signal) => done({ code: code ?? `${signal}`, output }))
  })
}

function usage(message) {
  console.error(`recipes: ${message}\nusage: node test/server/recipes.mjs [--tarball FILE] [name...]`)
  process.exit(2)
}

const args = process.argv.slice(2)
let tarball
const names = []
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--tarball') {
    if (!args[i + 1]) usage('--tarball needs a file')
    tarball = resolve(args[++i])
  } else if (args[i].startsWith('--tarball=')) tarball = resolve(args[i].slice('--tarball='.length))
  else if (args[i].startsWith('-')) usage(`unknown flag ${args[i]}`)
  else names.push(args[i])
}

const all = existsSync(recipesDir)
  ? readdirSync(recipesDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(recipesDir, entry.name, 'package.json')))
      .map((entry) => entry.name)
      .sort()
  : []
const unknown = names.filter((name) => !all.includes(name))
if (unknown.length) usage(`no recipe named ${unknown.join(', ')} (recipes: ${all.join(', ') || 'none'})`)
const chosen = names.length ? [...new Set(names)] : all
if (!chosen.length) usage('no recipes under recipes/')

let failed = 0
try {
  if (tarball) {
    if (!existsSync(tarball)) usage(`no tarball at ${tarball}`)
  } else {
    const packDir = mkdtempSync(join(tmpdir(), 'recipes-pack-'))
    temporary.push(packDir)
    const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', packDir], { cwd: root, encoding: 'utf8' }))
    tarball = join(packDir, packed.filename)
  }
  console.log(`recipes: ${basename(tarball)}; ${chosen.join(', ')}`)

  const env = { ...process.env, CHROMIUM_PATH: process.env.CHROMIUM_PATH || '/usr/bin/chromium' }
  for (const name of chosen) {
    const started = Date.now()
    const dir = mkdtempSync(join(tmpdir(), `recipe-${name}-`))
    temporary.push(dir)
    cpSync(join(recipesDir, name), dir, { recursive: true, filter: (source) => !skipped.has(basename(source)) })

    const manifestFile = join(dir, 'package.json')
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'))
    const field = ['dependencies', 'devDependencies'].find((key) => manifest[key]?.['pingone-signon-react'])
    let result
    if (!field) {
      result = { code: 1, output: `${name}/package.json does not depend on pingone-signon-react\n` }
    } else {
      manifest[field]['pingone-signon-react'] = `file:${tarball}`
      writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`)
      result = await run('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock'], dir, env)
      if (result.code === 0) {
        const installed = result.output
        result = await run('npm', ['test'], dir, env)
        if (result.code !== 0) result.output = `${installed}${result.output}`
      }
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1)
    if (result.code === 0) {
      console.log(`recipe ${name}: ok (${seconds} s)`)
    } else {
      failed++
      console.error(`${result.output.trimEnd()}\nrecipe ${name}: FAILED, exit ${result.code} (${seconds} s)`)
    }
    rmSync(dir, { recursive: true, force: true })
  }
} catch (error) {
  console.error(`recipes: ${error.message}`)
  failed++
} finally {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true })
}
if (failed) {
  console.error(`recipes: ${failed} failed`)
  process.exitCode = 1
}
