import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { chromiumPerTest, demoUrl } from './browser'

// The demo is a host page around the kit: its own card, header and direction must follow the same
// colour scheme and language as the kit inside it (issue 15, point 8).

const chromium = chromiumPerTest()

/** The painted background of the demo's card and of the kit's root inside it, and the page's direction. */
async function paint(page: Page) {
  await page.locator('[data-pingone-signon] input').first().waitFor()
  return page.evaluate(() => {
    const background = (selector: string) => getComputedStyle(document.querySelector(selector)!).backgroundColor
    return {
      card: background('.card'),
      kit: background('[data-pingone-signon]'),
      page: background('body'),
      dir: document.documentElement.dir,
      lang: document.documentElement.lang,
    }
  })
}

/** Relative luminance, 0 (black) to 1 (white), of an `rgb(r, g, b)` colour. */
function luminance(rgb: string): number {
  const [r, g, b] = rgb.match(/\d+(\.\d+)?/g)!.slice(0, 3).map((v) => Number(v) / 255)
  const linear = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)
  return 0.2126 * linear(r!) + 0.7152 * linear(g!) + 0.0722 * linear(b!)
}

describe('the demo page around the kit', () => {
  it('is light with a light kit, and dark with a dark kit', async () => {
    await chromium.page.emulateMedia({ colorScheme: 'light' })
    await chromium.page.goto(demoUrl)
    const light = await paint(chromium.page)
    await chromium.page.emulateMedia({ colorScheme: 'dark' })
    const dark = await paint(chromium.page)

    expect(luminance(light.card)).toBeGreaterThan(0.8)
    expect(luminance(light.page)).toBeGreaterThan(0.8)
    expect(luminance(dark.card)).toBeLessThan(0.1)
    expect(luminance(dark.page)).toBeLessThan(0.1)
    // The kit's root is transparent or painted; either way it is no lighter than its dark card.
    if (!dark.kit.endsWith(', 0)')) expect(luminance(dark.kit)).toBeLessThan(0.1)
  })

  it('reads right to left in Arabic, the whole page and not only the kit', async () => {
    await chromium.page.goto(`${demoUrl}?lang=ar`)
    const arabic = await paint(chromium.page)
    expect(arabic).toMatchObject({ dir: 'rtl', lang: 'ar' })
    expect(await chromium.page.locator('[data-pingone-signon]').getAttribute('dir')).toBe('rtl')
  })
})
