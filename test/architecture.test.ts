import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, it } from 'vitest'

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [join(dir, entry.name)] : [],
  )
}

function imports(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1]!)
}

it('keeps the flow client free of React', () => {
  const react = /^(react|react-dom|react-hook-form|@tanstack\/react-query)($|\/)/
  const offenders = sources('src/flow').filter((file) => imports(file).some((i) => react.test(i)))
  expect(offenders).toEqual([])
})

it('never ships the emulator inside the kit', () => {
  const offenders = sources('src').filter((file) => imports(file).some((i) => i.includes('emulator')))
  expect(offenders).toEqual([])
})

/** Relative imports that stay at run time: `import type` and all-type `{ type A }` lists are erased. */
function valueImports(file: string): string[] {
  const source = readFileSync(file, 'utf8')
  const found: string[] = []
  for (const [, kind, names, path] of source.matchAll(/^\s*(?:import|export)\s+(type\s+)?([^'"]*?)\s*from\s*'(\.[^']+)'/gm)) {
    const list = /^\{([^}]*)\}$/.exec(names!.trim())?.[1]?.split(',').map((name) => name.trim()).filter(Boolean)
    if (kind || list?.every((name) => name.startsWith('type '))) continue
    found.push(path!)
  }
  for (const [, path] of source.matchAll(/^\s*import\s+'(\.[^']+)'/gm)) found.push(path!)
  return found
}

/** The import cycles among `files`, each as the files in it (a file importing itself included). */
function importCycles(files: string[]): string[][] {
  const known = new Set(files)
  const resolveImport = (from: string, path: string) =>
    [`${join(from, '..', path)}.ts`, `${join(from, '..', path)}.tsx`, join(from, '..', path, 'index.ts')].find((f) => known.has(f))
  const graph = new Map(files.map((file) => [file, valueImports(file).flatMap((p) => resolveImport(file, p) ?? [])]))
  const cycles: string[][] = []
  const state = new Map<string, 'open' | 'done'>()
  const path: string[] = []
  const visit = (file: string) => {
    state.set(file, 'open')
    path.push(file)
    for (const next of graph.get(file)!) {
      if (state.get(next) === 'open') cycles.push(path.slice(path.indexOf(next)))
      else if (!state.has(next)) visit(next)
    }
    path.pop()
    state.set(file, 'done')
  }
  for (const file of files) if (!state.has(file)) visit(file)
  return cycles
}

it('has no import cycle in the kit or the emulator (type-only imports aside)', () => {
  expect(importCycles([...sources('src'), ...sources('emulator')])).toEqual([])
})

it('the cycle check finds a cycle of value imports, and not one of type imports', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cycles-'))
  try {
    writeFileSync(join(dir, 'stages.ts'), "import { advance } from './advance'\nexport const stages = [advance]\n")
    writeFileSync(join(dir, 'advance.ts'), "import { stages } from './stages'\nexport const advance = () => stages\n")
    writeFileSync(join(dir, 'view.ts'), "import type { stages } from './stages'\nexport type View = typeof stages\n")
    writeFileSync(join(dir, 'stage.ts'), "import { type View } from './view'\nexport const stage = (view: View) => view\n")
    writeFileSync(join(dir, 'view2.ts'), "import { stage } from './stage'\nexport const view2 = stage\n")
    const files = ['stages.ts', 'advance.ts', 'view.ts', 'stage.ts', 'view2.ts'].map((name) => join(dir, name))
    expect(importCycles(files)).toEqual([[files[0], files[1]]])
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

// The emulator's rooms, top to bottom: a room imports only itself and the rooms below it, and no
// room imports the root (the entries, createEmulator and routes). See "How it is built" in the README.
const rooms = ['oauth', 'faults', 'pages', 'flows', 'policy', 'http', 'state', 'config']

function roomOf(file: string): number {
  const [first, second] = file.split('/').slice(1)
  return second === undefined || first === 'cli' ? -1 : rooms.indexOf(first!)
}

it('keeps the emulator\'s rooms one-way (type-only imports aside)', () => {
  const files = sources('emulator')
  expect(files.filter((file) => roomOf(file) === -1 && file.split('/').length > 2 && !file.startsWith('emulator/cli/'))).toEqual([])
  const upward = files.flatMap((file) =>
    valueImports(file)
      .map((path) => join(file, '..', path))
      .filter((target) => target.startsWith('emulator/') && roomOf(target) < roomOf(file) && !(roomOf(file) === -1))
      .map((target) => `${file} -> ${target}`),
  )
  expect(upward).toEqual([])
})
