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
  // Two lists: the messages of the English parts of the first load and of the steps loaded on demand.
  const { default: parts } = await import(`../../dist/locales/${file}`)
  const complete = (list) => Array.isArray(list) && list.length > 0 && !list.includes(null) && list.every((m) => typeof m === 'string' || (m && typeof m === 'object'))
  assert.ok(Array.isArray(parts) && parts.length === 2 && parts.every(complete), `dist/locales/${file} is two complete message lists`)
  lists.push(parts)
}
assert.equal(lists.length, 11)
assert.equal(new Set(lists.map(([first, later]) => `${first.length}+${later.length}`)).size, 1, 'every locale lists the same number of messages')
console.log(`dist/locales: ${lists.length} locales, each ${lists[0][0].length} messages for the first load and ${lists[0][1].length} for the steps loaded on demand`)
