import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import axe from 'axe-core'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from './browser'
import { serveFolder } from './staticServer'

// Every story is a test: its play function must pass in Chromium, and axe must find no WCAG 2.2
// A/AA violation in what it shows at the end.
const root = resolve('storybook-static')
type Entry = { id: string; title: string; name: string; type: string }
const index = JSON.parse(readFileSync(resolve(root, 'index.json'), 'utf8')) as { entries: Record<string, Entry> }
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story')
const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

let browser: Browser
let server: Awaited<ReturnType<typeof serveFolder>>

beforeAll(async () => {
  browser = await launchChromium()
  server = await serveFolder(root)
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

/** Opens a story, waits for its play function, and returns how it ended. */
async function runStory(page: Page, id: string) {
  // Storybook reports a failed play function on its channel; listen before the preview starts.
  await page.addInitScript(() => {
    let channel: { on(event: string, listener: (payload: unknown) => void): void } | undefined
    Object.defineProperty(globalThis, '__STORYBOOK_ADDONS_CHANNEL__', {
      configurable: true,
      get: () => channel,
      set: (value) => {
        channel = value
        for (const event of ['playFunctionThrewException', 'storyThrewException', 'storyErrored']) {
          value.on(event, (error: { message?: string; title?: string }) => {
            ;(globalThis as Record<string, unknown>).__storyFailure = `${event}: ${error?.message ?? error?.title ?? ''}`
          })
        }
      },
    })
  })
  const pageErrors: string[] = []
  page.on('pageerror', (error) => pageErrors.push(error.message))
  await page.goto(`${server.url}/iframe.html?id=${id}&viewMode=story`)
  await page.waitForFunction(
    () => {
      const render = (globalThis as { __STORYBOOK_PREVIEW__?: { currentRender?: { phase?: string } } })
        .__STORYBOOK_PREVIEW__?.currentRender
      return ['finished', 'completed', 'errored', 'aborted'].includes(render?.phase ?? '')
    },
    null,
    { timeout: 30_000 },
  )
  const failure = await page.evaluate(() => (globalThis as Record<string, unknown>).__storyFailure as string | undefined)
  return { failure, pageErrors }
}

async function axeViolations(page: Page) {
  await page.addScriptTag({ content: axe.source })
  const results = await page.evaluate(
    (tags) => (globalThis as unknown as { axe: typeof axe }).axe.run('#storybook-root', { runOnly: { type: 'tag', values: tags } }),
    wcag22aa,
  )
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

describe('the Storybook catalogue in Chromium', () => {
  it.each(stories.map((story) => [`${story.title} / ${story.name}`, story.id]))(
    '%s: plays and has no WCAG 2.2 AA violation',
    async (_name, id) => {
      const context = await browser.newContext()
      const page = await context.newPage()
      try {
        const { failure, pageErrors } = await runStory(page, id)
        expect(failure).toBeUndefined()
        expect(pageErrors).toEqual([])
        expect(await axeViolations(page)).toEqual([])
      } finally {
        await context.close()
      }
    },
  )
})
