// Run after `npm run build`: the packed package's types as a host's TypeScript sees them, under each
// `moduleResolution` a host may use (create-vite's tsconfig.node.json is `nodenext`), with
// `skipLibCheck: false`. Each `@ts-expect-error` below fails the check if its type were `any`.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

const root = new URL('../..', import.meta.url).pathname
const tmp = mkdtempSync(join(tmpdir(), 'packed-types-'))
// The peers and the dependency the declarations import; their own imports resolve from the repo.
const linked = [
  'react',
  'react-dom',
  '@types/react',
  '@types/react-dom',
  '@types/node',
  '@tanstack/react-query',
  'react-hook-form',
  'msw',
  'oauth4webapi',
]
const entries = ['index', 'emulator', 'emulator-msw', 'emulator-node', 'token', 'start']
  .map((name) => `dist/${name}.d.ts`)
  .concat('dist/styles.d.css.ts')

const host = `
import { PingOneSignOn, startSignOn, type SignOnConfig } from 'pingone-signon-react'
import { createEmulator, defaultConfig, type Emulator } from 'pingone-signon-react/emulator'
import { createEmulatorHandlers } from 'pingone-signon-react/emulator/msw'
import { serveEmulator, type EmulatorServer } from 'pingone-signon-react/emulator/node'
import { redeemCode, TokenError } from 'pingone-signon-react/token'
import { startSignOn as startEarly } from 'pingone-signon-react/start'
import 'pingone-signon-react/styles.css'

const config: SignOnConfig = {
  environmentId: defaultConfig.environmentId,
  clientId: 'client',
  redirectUri: 'https://app.example/',
}
export const page = <PingOneSignOn {...config} onComplete={(result) => redeemCode(result, config)} />
export const emulator: Emulator = createEmulator()
export const server: Promise<EmulatorServer> = serveEmulator(emulator)
export const handlers = createEmulatorHandlers(emulator, 'https://auth.pingone.com')
export const isTokenError = (error: unknown) => error instanceof TokenError && error.code
// The early start's result is what the provider's \`started\` takes.
export const early = <PingOneSignOn {...config} started={startEarly(config)} />
// A login page in redirect mode needs no client of its own.
export const loginPage = <PingOneSignOn environmentId={defaultConfig.environmentId} loginPage onError={(error) => error.isConfigError} />
// @ts-expect-error: without loginPage, clientId and redirectUri are required
export const noClient = <PingOneSignOn environmentId={defaultConfig.environmentId} />
// @ts-expect-error: a login page gets both or neither
export const halfClient = <PingOneSignOn environmentId={defaultConfig.environmentId} loginPage clientId="client" />

// @ts-expect-error: a component, not a number
export const n: number = PingOneSignOn
// @ts-expect-error: a config is required
startSignOn()
// @ts-expect-error: a config is required
startEarly()
// @ts-expect-error: not a config
createEmulator('not a config')
// @ts-expect-error: a string
defaultConfig.environmentId.toFixed()
// @ts-expect-error: the emulator and its origin are required
createEmulatorHandlers()
// @ts-expect-error: the emulator is required
serveEmulator()
// @ts-expect-error: the result and the config are required
redeemCode()
`

const resolvers = {
  nodenext: { module: 'nodenext', moduleResolution: 'nodenext' },
  node16: { module: 'node16', moduleResolution: 'node16' },
  bundler: { module: 'esnext', moduleResolution: 'bundler' },
}

let failed = false
try {
  const pack = execFileSync('npm', ['pack', '--json', '--pack-destination', tmp], { cwd: root, encoding: 'utf8' })
  const [packed] = JSON.parse(pack)
  // One declaration file per entry, none for internal modules.
  const declarations = packed.files.map((file) => file.path).filter((path) => /\.d\.(\w+\.)?ts$/.test(path))
  if (declarations.sort().join() !== [...entries].sort().join()) {
    console.error(`packed declarations: ${declarations.join(', ')}; expected ${entries.join(', ')}`)
    failed = true
  }

  const modules = join(tmp, 'node_modules')
  mkdirSync(join(modules, 'pingone-signon-react'), { recursive: true })
  const tarball = join(tmp, packed.filename)
  execFileSync('tar', ['-xzf', tarball, '-C', join(modules, 'pingone-signon-react'), '--strip-components=1'])
  for (const name of linked) {
    mkdirSync(dirname(join(modules, name)), { recursive: true })
    symlinkSync(join(root, 'node_modules', name), join(modules, name), 'dir')
  }
  writeFileSync(join(tmp, 'package.json'), JSON.stringify({ name: 'host', private: true, type: 'module' }))
  writeFileSync(join(tmp, 'host.tsx'), host)

  for (const [name, resolution] of Object.entries(resolvers)) {
    const compilerOptions = {
      ...resolution,
      target: 'ES2022',
      lib: ['ES2023', 'DOM', 'DOM.Iterable'],
      jsx: 'react-jsx',
      strict: true,
      skipLibCheck: false,
      // TypeScript 6's default: a side-effect import (the stylesheet's) must resolve too.
      noUncheckedSideEffectImports: true,
      noEmit: true,
    }
    writeFileSync(join(tmp, `tsconfig.${name}.json`), JSON.stringify({ compilerOptions, files: ['host.tsx'] }))
    try {
      execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', `tsconfig.${name}.json`], {
        cwd: tmp,
        encoding: 'utf8',
      })
      console.log(`packed types, moduleResolution ${name}: real types, no errors`)
    } catch (error) {
      console.error(`packed types, moduleResolution ${name}:\n${error.stdout}${error.stderr}`)
      failed = true
    }
  }
} finally {
  rmSync(tmp, { recursive: true, force: true })
}
process.exit(failed ? 1 : 0)
