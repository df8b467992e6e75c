import axe from 'axe-core'
import type { BrowserContextOptions, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { catalogueInChromium, listStories, runStory } from './storybook'

// The kit's stylesheet (src/styles.css, loaded by the Storybook preview) in real Chromium: every
// story reflows at 320 CSS px (WCAG 1.4.10) with targets of at least 24×24 px (2.5.8); the spinner
// stops under prefers-reduced-motion (2.3.3); dark mode really repaints the kit.
const stories = listStories()
const narrow = { viewport: { width: 320, height: 640 } } satisfies BrowserContextOptions

const catalogue = catalogueInChromium()

/** Opens a story in a fresh context and hands its page to `use`. */
async function withStory<T>(id: string, options: BrowserContextOptions, globals: string, use: (page: Page) => Promise<T>) {
  const context = await catalogue.browser.newContext(options)
  try {
    const page = await context.newPage()
    await runStory(page, catalogue.url, id, globals)
    return await use(page)
  } finally {
    await context.close()
  }
}

type Layout = { rendered: boolean; scrollWidth: number; innerWidth: number; wide: string[]; small: string[] }

/** Where the stylesheet promises 24 px targets: kit roots it styles (not `unstyled` ones, nor custom UIs). */
const styledRoots = '[data-pingone-signon]:not([data-unstyled])'

/**
 * What reaches past the viewport sideways, and every visible target inside `roots` smaller than
 * 24×24 px, each named as Testing Library would: `button "Sign on" (300×20)`.
 */
async function measure(page: Page, roots = styledRoots): Promise<Layout> {
  await page.addScriptTag({ content: axe.source })
  return page.evaluate((roots) => {
    type Axe = typeof axe & { commons: { aria: { getRole(element: Element): string | null } } }
    const a = (globalThis as unknown as { axe: Axe }).axe
    a.setup(document)
    const describe = (element: Element, rect: DOMRect) =>
      `${a.commons.aria.getRole(element) ?? element.localName} "${a.commons.text.accessibleText(element).trim()}" (${Math.round(rect.width)}×${Math.round(rect.height)})`
    const story = document.querySelector('#storybook-root') ?? document.body
    const shown = (element: Element, rect: DOMRect) =>
      element.checkVisibility({ visibilityProperty: true }) && rect.width > 1 && rect.height > 1
    const small: string[] = []
    const targets = 'button, input, select, textarea, a[href], [role="checkbox"], [role="button"], [role="link"]'
    for (const element of story.querySelectorAll(`:is(${roots}) :is(${targets})`)) {
      const rect = element.getBoundingClientRect()
      // Half a pixel of rounding is not a failure; a 23 px target is.
      if (shown(element, rect) && (rect.width < 23.5 || rect.height < 23.5)) small.push(describe(element, rect))
    }
    // What reaches furthest past either edge first (the cause, rather than the ancestors it widens).
    const wide: { overflow: number; name: string }[] = []
    for (const element of story.querySelectorAll('*')) {
      const rect = element.getBoundingClientRect()
      const overflow = Math.max(rect.right - innerWidth, -rect.left)
      if (shown(element, rect) && overflow > 0.5) wide.push({ overflow, name: describe(element, rect) })
    }
    wide.sort((a, b) => b.overflow - a.overflow)
    a.teardown()
    return {
      rendered: (story.textContent ?? '').trim() !== '',
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth,
      wide: wide.slice(0, 5).map((element) => element.name),
      small,
    }
  }, roots)
}

describe.concurrent('the kit at 320 CSS px wide (Chromium)', () => {
  it.for(stories.map((story) => [`${story.title} / ${story.name}`, story.id] as const))(
    '%s: reflows without horizontal scrolling and every target is at least 24×24 px',
    async ([, id], { expect }) => {
      const layout = await withStory(id, narrow, '', (page) => measure(page))
      expect(layout.rendered, 'the story shows nothing').toBe(true)
      expect(layout.wide, 'elements reaching past the viewport').toEqual([])
      expect(layout.scrollWidth, 'document width (horizontal scrolling)').toBeLessThanOrEqual(layout.innerWidth)
      expect(layout.small, 'targets under 24×24 px').toEqual([])
    },
  )

  it('reports what it should: a 20 px button and a 400 px wide paragraph in the kit', async ({ expect }) => {
    const layout = await withStory(storyId('Steps/UsernamePasswordStep'), narrow, '', async (page) => {
      await page.evaluate(() => {
        const root = document.querySelector('[data-pingone-signon]')
        if (!root) throw new Error('The story shows no [data-pingone-signon] root')
        root.insertAdjacentHTML(
          'beforeend',
          '<button style="all: unset; inline-size: 20px; block-size: 20px">Tiny</button><p style="inline-size: 400px">Wide</p>',
        )
      })
      return measure(page)
    })
    expect(layout.small).toEqual(['button "Tiny" (20×20)'])
    expect(layout.wide[0]).toMatch(/^p "Wide" \(400×\d+\)$/)
    expect(layout.scrollWidth).toBeGreaterThan(layout.innerWidth)
  })
})

/** The id of the first story with this title. */
function storyId(title: string) {
  const story = stories.find((entry) => entry.title === title)
  if (!story) throw new Error(`No story titled ${title}`)
  return story.id
}

/** How the spinner of Steps/PushStep (waiting for an answer that never comes) animates. */
async function spinnerAnimation(page: Page) {
  return page.evaluate(() => {
    const icon = document.querySelector<HTMLElement>('[data-pingone-signon] [data-slot="spinner"] [data-slot="spinner-icon"]')
    if (!icon) throw new Error('The story shows no [data-slot=spinner-icon] in its kit root')
    const style = getComputedStyle(icon)
    return {
      animationName: style.animationName,
      animationDuration: style.animationDuration,
      transitionDuration: style.transitionDuration,
      // The layout size: a bounding box would grow as the ring turns.
      size: `${icon.offsetWidth}×${icon.offsetHeight}`,
    }
  })
}

describe('the spinner and prefers-reduced-motion', () => {
  const id = () => stories.find((story) => story.title === 'Steps/PushStep' && story.name === 'Waiting')?.id ?? 'missing'

  it('spins by default', async () => {
    const spinner = await withStory(id(), {}, '', spinnerAnimation)
    expect(spinner.size).toBe('24×24')
    expect(spinner.animationName).not.toBe('none')
    expect(parseFloat(spinner.animationDuration)).toBeGreaterThan(0)
  })

  it('stands still under prefers-reduced-motion: reduce', async () => {
    const spinner = await withStory(id(), { reducedMotion: 'reduce' }, '', spinnerAnimation)
    expect(spinner.size).toBe('24×24')
    const still = spinner.animationName === 'none' || parseFloat(spinner.animationDuration) === 0
    expect(still, `animation: ${spinner.animationName} ${spinner.animationDuration}`).toBe(true)
    expect(parseFloat(spinner.transitionDuration)).toBe(0)
  })
})

/** The kit root's painted background and text colour, and whether the root is in dark mode. */
async function rootColours(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('[data-pingone-signon]')
    if (!root) throw new Error('The story shows no [data-pingone-signon] root')
    const style = getComputedStyle(root)
    return { background: style.backgroundColor, color: style.color, colorScheme: style.colorScheme }
  })
}

describe('colour schemes', () => {
  const id = () => storyId('Steps/UsernamePasswordStep')

  it('follows prefers-color-scheme: dark repaints the root', async () => {
    const light = await withStory(id(), { colorScheme: 'light' }, '', rootColours)
    const dark = await withStory(id(), { colorScheme: 'dark' }, '', rootColours)
    expect(light).toEqual({ background: 'rgb(255, 255, 255)', color: 'rgb(27, 31, 42)', colorScheme: 'light' })
    expect(dark.background).not.toBe(light.background)
    expect(dark.color).not.toBe(light.color)
    expect(dark.colorScheme).toBe('dark')
  })

  it('is forced by the colorScheme prop, whatever the system prefers', async () => {
    const forcedDark = await withStory(id(), { colorScheme: 'light' }, 'colorScheme:dark', rootColours)
    const forcedLight = await withStory(id(), { colorScheme: 'dark' }, 'colorScheme:light', rootColours)
    const systemDark = await withStory(id(), { colorScheme: 'dark' }, '', rootColours)
    expect(forcedDark).toEqual(systemDark)
    expect(forcedLight.background).toBe('rgb(255, 255, 255)')
  })

  it('paints nothing on an unstyled instance', async () => {
    const unstyled = await withStory(id(), { colorScheme: 'dark' }, 'styles:unstyled', rootColours)
    expect(unstyled.background).toBe('rgba(0, 0, 0, 0)')
  })
})
