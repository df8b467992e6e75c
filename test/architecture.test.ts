import { readdirSync, readFileSync } from 'node:fs'
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
