import { describe, expect, it } from 'vitest'
import { measure, narrow } from './layout'
import { axeViolations, catalogueInChromium, listStories, storyPages } from './storybook'

// Every story is a test: its play function must pass in Chromium, and axe must find no WCAG 2.2
// A/AA violation in what it shows at the end. Every story again in the dark colour scheme, and again
// in Arabic (right to left): play functions find what they look for by the text of the story's
// locale (stories/support/messages.ts), so the toolbar's Locale menu never breaks one. In the first
// pass, the same page then narrows to 320 CSS px: the story must reflow without horizontal
// scrolling (WCAG 1.4.10), with every target of a styled kit root at least 24×24 px (2.5.8).
const stories = listStories()

const catalogue = catalogueInChromium()

// A story plays in a page that earlier stories played in, reset to what a fresh page has
// (storyPages says what, and when it opens a fresh context instead): loading the preview anew for
// each of the 267 plays took most of this file's time.
const pages = storyPages(catalogue)

/** Plays the story with `globals`; it must play and pass axe, and reflow. */
async function playsAndPassesAxe(id: string, globals = '', { reflow = false } = {}) {
  await pages.play(id, globals, async (page, { failure, pageErrors }) => {
    expect(failure).toBeUndefined()
    expect(pageErrors).toEqual([])
    expect(await axeViolations(page)).toEqual([])
    if (!reflow) return
    await page.setViewportSize(narrow)
    const layout = await measure(page)
    expect(layout.rendered, 'the story shows nothing').toBe(true)
    expect(layout.wide, 'elements reaching past the viewport at 320 px').toEqual([])
    expect(layout.scrollWidth, 'document width at 320 px (horizontal scrolling)').toBeLessThanOrEqual(layout.innerWidth)
    expect(layout.small, 'targets under 24×24 px').toEqual([])
  })
}

const cases = stories.map((story) => [`${story.title} / ${story.name}`, story.id] as const)

describe('the Storybook catalogue in Chromium', () => {
  it.concurrent.each(cases)('%s: plays, has no WCAG 2.2 AA violation, and reflows at 320 px', async (_name, id) => {
    await playsAndPassesAxe(id, '', { reflow: true })
  })

  it.concurrent.each(cases)('%s, dark: plays and has no WCAG 2.2 AA violation', async (_name, id) => {
    await playsAndPassesAxe(id, 'colorScheme:dark')
  })

  it.concurrent.each(cases)('%s, Arabic (right to left): plays and has no WCAG 2.2 AA violation', async (_name, id) => {
    await playsAndPassesAxe(id, 'locale:ar')
  })
})
