import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import axe from 'axe-core'
import type { Browser, BrowserContext, JSHandle, Page } from 'playwright-core'
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
  await listenForStoryFailures(page)
  const pageErrors: string[] = []
  page.on('pageerror', (error) => pageErrors.push(error.message))
  await page.goto(storyUrl(baseUrl, id, globals))
  return { failure: await storyEnd(page), pageErrors }
}

/** Waits until the preview's current render is `after` another one and has ended; how it ended. */
async function storyEnd(page: Page, after?: JSHandle) {
  await page.waitForFunction(
    ([ends, after]) => {
      const render = (globalThis as { __STORYBOOK_PREVIEW__?: { currentRender?: { phase?: string } } }).__STORYBOOK_PREVIEW__
        ?.currentRender
      return render !== undefined && render !== after && ends.includes(render.phase ?? '')
    },
    [['finished', 'completed', 'errored', 'aborted'] as string[], after] as const,
    { timeout: 30_000 },
  )
  return page.evaluate(() => (globalThis as Record<string, unknown>).__storyFailure as string | undefined)
}

function storyUrl(baseUrl: string, id: string, globals: string) {
  return `${baseUrl}/iframe.html?id=${id}&viewMode=story${globals ? `&globals=${globals}` : ''}`
}

/** Storybook reports a failed play function on its channel; listen before the preview starts. */
function listenForStoryFailures(page: Page) {
  return page.addInitScript(() => {
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
}

/** WCAG 2.2 A/AA violations axe finds in the story root, one line each. */
export async function axeViolations(page: Page) {
  // A page reused across stories (storyPages) has it already.
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.addScriptTag({ content: axe.source })
  const results = await page.evaluate(
    (tags) => (globalThis as unknown as { axe: typeof axe }).axe.run('#storybook-root', { runOnly: { type: 'tag', values: tags } }),
    wcag22aa,
  )
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

/** The viewport of a new Playwright page, which a reused page returns to before each story. */
const defaultViewport = { width: 1280, height: 720 }

type Slot = { context: BrowserContext; page: Page; errors: string[]; clean: string; narrowed: boolean }

/**
 * Pages of the catalogue that play story after story, as a fresh page would: opening a context and
 * loading the preview per story costs more than most stories take to play. Before each story the
 * page is reset to what a fresh one has (no cookies, empty storages, the story's own address,
 * the default viewport, scrolled to the top, the story's globals over the preview's initial ones,
 * no XSS trap from an earlier story), and after it the story is torn down (unmounted, its cleanups
 * run). A page goes back to the pool only if its test passed, the teardown threw nothing, and
 * nothing else outside the story is left: no element, stylesheet, attribute or global that a fresh
 * page lacks (a story chunk's own CSS, say); otherwise the next story gets a fresh context.
 */
export function storyPages(catalogue: { readonly browser: Browser; readonly url: string }) {
  const idle: Slot[] = []
  const open = async (): Promise<Slot> => {
    const context = await catalogue.browser.newContext()
    const page = await context.newPage()
    await listenForStoryFailures(page)
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await page.goto(`${catalogue.url}/iframe.html?viewMode=story`)
    await page.waitForFunction(() => {
      const preview = (globalThis as { __STORYBOOK_PREVIEW__?: { storyStoreValue?: unknown } }).__STORYBOOK_PREVIEW__
      return preview?.storyStoreValue !== undefined
    })
    await page.addScriptTag({ content: axe.source })
    return { context, page, errors, clean: await outsideTheStory(page), narrowed: false }
  }
  const discard = (slot: Slot) => slot.context.close().catch(() => {})

  return {
    /**
     * Plays story `id` with `globals` (`colorScheme:dark;locale:ar`) in a page of the pool and hands
     * `use` the page and how the story ended; the page is only reused if `use` resolves.
     */
    async play<T>(
      id: string,
      globals: string,
      use: (page: Page, outcome: { failure: string | undefined; pageErrors: string[] }) => Promise<T>,
    ): Promise<T> {
      const slot = idle.pop() ?? (await open())
      let reusable = false
      try {
        const { page } = slot
        if (slot.narrowed) await page.setViewportSize(defaultViewport)
        slot.narrowed = false
        await slot.context.clearCookies()
        const previous = await page.evaluateHandle(() => {
          const preview = (globalThis as { __STORYBOOK_PREVIEW__?: { currentRender?: object } }).__STORYBOOK_PREVIEW__
          return preview?.currentRender
        })
        slot.errors.length = 0
        await page.evaluate(
          async ({ id, url, globals }) => {
            type Preview = {
              storyStoreValue: { userGlobals: { initialGlobals: Record<string, unknown> } }
              onUpdateGlobals(update: { globals: Record<string, unknown> }): Promise<void>
              onSetCurrentStory(selection: { storyId: string; viewMode: 'story' }): Promise<void>
            }
            const g = globalThis as unknown as Record<string, unknown> & { __STORYBOOK_PREVIEW__: Preview }
            localStorage.clear()
            sessionStorage.clear()
            for (const name of ['__storyFailure', '__xss', '__xssFired']) delete g[name]
            history.replaceState(null, '', url)
            scrollTo(0, 0)
            const preview = g.__STORYBOOK_PREVIEW__
            // As `&globals=` does on a fresh page: the preview's initial globals, these over them.
            await preview.onUpdateGlobals({ globals: { ...preview.storyStoreValue.userGlobals.initialGlobals, ...globals } })
            await preview.onSetCurrentStory({ storyId: id, viewMode: 'story' })
          },
          { id, url: storyUrl(catalogue.url, id, globals), globals: parseGlobals(globals) },
        )
        const failure = await storyEnd(page, previous)
        await previous.dispose()
        const result = await use(page, { failure, pageErrors: [...slot.errors] })
        slot.narrowed = page.viewportSize()?.width !== defaultViewport.width
        reusable = await tearDown(slot)
        return result
      } finally {
        if (reusable) idle.push(slot)
        else await discard(slot)
      }
    },
  }
}

/** Storybook's `globals` URL form, `colorScheme:dark;locale:ar`, as an object. */
function parseGlobals(globals: string): Record<string, string> {
  return Object.fromEntries(globals.split(';').filter(Boolean).map((pair) => pair.split(':') as [string, string]))
}

/** Unmounts the story and runs its cleanups; whether the page is then as clean as a fresh one. */
async function tearDown(slot: Slot) {
  const errors = slot.errors.length
  await slot.page.evaluate(async () => {
    type Preview = { currentRender?: unknown; teardownRender(render: unknown): Promise<void> }
    const preview = (globalThis as unknown as { __STORYBOOK_PREVIEW__: Preview }).__STORYBOOK_PREVIEW__
    if (preview.currentRender) await preview.teardownRender(preview.currentRender)
    for (const name of ['__storyFailure', '__xss', '__xssFired']) delete (globalThis as Record<string, unknown>)[name]
  })
  if (slot.errors.length !== errors) return false
  const state = await outsideTheStory(slot.page)
  if (state !== slot.clean && process.env.STORY_PAGES_DEBUG) console.log(`not reused:\n${state}\nfresh:\n${slot.clean}`)
  return state === slot.clean
}

/**
 * What a story could leave in the page outside its (emptied) root: the elements of the head and
 * body with their attributes and stylesheets' text, the rules of every stylesheet, the document's
 * attributes, and the globals.
 * Storybook's own doings aside: its `sb-` body classes, roots shown or hidden, the root of its
 * highlights (a menu and its styles, added as the first story renders), the globals of its hooks,
 * and module preloads.
 */
function outsideTheStory(page: Page): Promise<string> {
  return page.evaluate(() => {
    // Storybook shows and hides its roots, and sets these globals as the first story renders.
    const storybooks = ['storybook-root', 'storybook-docs']
    const storybookGlobals = ['STORYBOOK_HOOKS_CONTEXT', 'IS_REACT_ACT_ENVIRONMENT']
    const attributes = (element: Element) =>
      [...element.attributes]
        .filter((a) => !(a.name === 'hidden' && storybooks.includes(element.id)))
        .map((a) =>
          a.name === 'class' && element === document.body
            ? `class=${a.value.split(/\s+/).filter((c) => c && !c.startsWith('sb-')).join(' ')}`
            : `${a.name}=${a.value}`,
        )
        .join(' ')
    const elements = [...document.head.children, ...document.body.children]
      .filter((element) => !(element.localName === 'link' && element.getAttribute('rel') === 'modulepreload'))
      .filter((element) => element.id !== 'storybook-highlights-root')
      .map((element) => {
        const inside =
          element.id === 'storybook-root' || element.id === 'storybook-docs'
            ? `${element.childElementCount} children`
            : element.localName === 'style'
              ? `${element.textContent?.length} characters`
              : ''
        return `<${element.localName} ${attributes(element)}> ${inside}`
      })
    // Rules a script inserted (CSS-in-JS) show in no element's text.
    const highlights = document.getElementById('storybook-highlights-root')
    const sheets = [...document.styleSheets].filter((sheet) => !highlights?.contains(sheet.ownerNode ?? null))
    const rules = [...sheets, ...document.adoptedStyleSheets].map((sheet) => {
      try {
        return sheet.cssRules.length
      } catch {
        return 'cross-origin'
      }
    })
    return [
      `<html ${attributes(document.documentElement)}>`,
      `<body ${attributes(document.body)}>`,
      ...elements,
      `rules per stylesheet: ${rules.join(' ')}`,
      `globals: ${Object.keys(globalThis)
        .filter((name) => !storybookGlobals.includes(name))
        .sort()
        .join(' ')}`,
    ].join('\n')
  })
}
