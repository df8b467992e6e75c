import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import axe from 'axe-core'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import { launchChromium } from './chromium'
import { serveFolder } from './staticServer'

/** The static Storybook built by storybookSetup.ts. */
export const storybookRoot = resolve('storybook-static')
type Entry = { id: string; title: string; name: string; type: string; tags?: string[] }

/** Chromium and the built catalogue on a free port, for the tests of one file. */
export function catalogueInChromium() {
  let browser: Browser | undefined
  let server: Awaited<ReturnType<typeof serveFolder>> | undefined
  beforeAll(async () => {
    browser = await launchChromium()
    server = await serveFolder(storybookRoot)
  })
  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })
  return {
    get browser() {
      return browser!
    },
    get url() {
      return server!.url
    },
  }
}

/** Every story in the built catalogue. */
export function listStories(): Entry[] {
  const index = JSON.parse(readFileSync(resolve(storybookRoot, 'index.json'), 'utf8')) as { entries: Record<string, Entry> }
  return Object.values(index.entries).filter((entry) => entry.type === 'story')
}

const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/**
 * Opens a story (with optional Storybook `globals`, e.g. `colorScheme:dark`), waits for its play
 * function, and returns how it ended.
 */
export async function runStory(page: Page, baseUrl: string, id: string, globals = '') {
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
  await page.goto(`${baseUrl}/iframe.html?id=${id}&viewMode=story${globals ? `&globals=${globals}` : ''}`)
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

/** WCAG 2.2 A/AA violations axe finds in the story root, one line each. */
export async function axeViolations(page: Page) {
  await page.addScriptTag({ content: axe.source })
  const results = await page.evaluate(
    (tags) => (globalThis as unknown as { axe: typeof axe }).axe.run('#storybook-root', { runOnly: { type: 'tag', values: tags } }),
    wcag22aa,
  )
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}
