import { describe, expect, it } from 'vitest'
import { axeViolations, catalogueInChromium, listStories, runStory } from './storybook'

// Every story is a test: its play function must pass in Chromium, and axe must find no WCAG 2.2
// A/AA violation in what it shows at the end. Every story again in the dark colour scheme, and again
// in Arabic (right to left): play functions find what they look for by the text of the story's
// locale (stories/support/messages.ts), so the toolbar's Locale menu never breaks one.
const stories = listStories()

const catalogue = catalogueInChromium()

/** Opens the story in a fresh browser context with `globals`; it must play and pass axe. */
async function playsAndPassesAxe(id: string, globals = '') {
  const context = await catalogue.browser.newContext()
  const page = await context.newPage()
  try {
    const { failure, pageErrors } = await runStory(page, catalogue.url, id, globals)
    expect(failure).toBeUndefined()
    expect(pageErrors).toEqual([])
    expect(await axeViolations(page)).toEqual([])
  } finally {
    await context.close()
  }
}

const cases = stories.map((story) => [`${story.title} / ${story.name}`, story.id] as const)

describe('the Storybook catalogue in Chromium', () => {
  it.concurrent.each(cases)('%s: plays and has no WCAG 2.2 AA violation', async (_name, id) => {
    await playsAndPassesAxe(id)
  })

  it.concurrent.each(cases)('%s, dark: plays and has no WCAG 2.2 AA violation', async (_name, id) => {
    await playsAndPassesAxe(id, 'colorScheme:dark')
  })

  it.concurrent.each(cases)('%s, Arabic (right to left): plays and has no WCAG 2.2 AA violation', async (_name, id) => {
    await playsAndPassesAxe(id, 'locale:ar')
  })
})
