// Run after `npm run build`: the published entry as Node and Next.js's App Router will load it.
import assert from 'node:assert/strict'
import { readdir, readFile } from 'node:fs/promises'
import { createElement } from 'react'
import { renderToString } from 'react-dom/server'

const source = await readFile(new URL('../../dist/index.js', import.meta.url), 'utf8')
assert.match(source, /^["']use client["'];/, "dist/index.js must start with 'use client'")
for (const entry of ['emulator', 'emulator-msw', 'emulator-node']) {
  const text = await readFile(new URL(`../../dist/${entry}.js`, import.meta.url), 'utf8')
  assert.doesNotMatch(text, /^["']use client["']/, `dist/${entry}.js is not a client module`)
}

assert.equal(typeof globalThis.window, 'undefined')
const { PingOneSignOn } = await import('../../dist/index.js')
const html = renderToString(
  createElement(PingOneSignOn, { environmentId: 'env', clientId: 'client', redirectUri: 'https://app.example/' }),
)
assert.match(html, /data-step="loading"/)
console.log("dist/index.js: 'use client', imports and renders on a server without a DOM")

// Each locale ships as a message list (vite.config.ts), all of one length: the English keys'.
const lists = []
for (const file of (await readdir(new URL('../../dist/locales/', import.meta.url))).filter((f) => f.endsWith('.js'))) {
  const { default: list } = await import(`../../dist/locales/${file}`)
  assert.ok(Array.isArray(list) && !list.includes(null), `dist/locales/${file} is a complete message list`)
  lists.push(list)
}
assert.equal(lists.length, 11)
assert.equal(new Set(lists.map((list) => list.length)).size, 1, 'every locale lists the same number of messages')
console.log(`dist/locales: ${lists.length} locales, each a list of ${lists[0].length} messages`)
