import type { BrowserContextOptions, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { measure, narrow as narrowViewport } from './layout'
import { catalogueInChromium, listStories, runStory } from './storybook'

// The kit's stylesheet (src/styles.css, loaded by the Storybook preview) in real Chromium: the 320
// CSS px measurement (WCAG 1.4.10, 2.5.8) reports what it should (stories.test.ts applies it to
// every story, in the page its play function ran in); the spinner stops under
// prefers-reduced-motion (2.3.3); dark mode really repaints the kit.
const stories = listStories()
const narrow = { viewport: narrowViewport } satisfies BrowserContextOptions

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

describe('the kit at 320 CSS px wide (Chromium)', () => {
  it('reports what it should: a 20 px button and a 400 px wide paragraph in the kit', async () => {
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
