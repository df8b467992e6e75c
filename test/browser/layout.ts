import axe from 'axe-core'
import type { Page } from 'playwright-core'

/** The narrow viewport of WCAG 1.4.10's reflow: 320 CSS px wide. */
export const narrow = { width: 320, height: 640 }

export type Layout = { rendered: boolean; scrollWidth: number; innerWidth: number; wide: string[]; small: string[] }

/** Where the stylesheet promises 24 px targets: kit roots it styles (not `unstyled` ones, nor custom UIs). */
const styledRoots = '[data-pingone-signon]:not([data-unstyled])'

/**
 * What reaches past the viewport sideways, and every visible target inside `roots` smaller than
 * 24×24 px, each named as Testing Library would: `button "Sign on" (300×20)`.
 */
export async function measure(page: Page, roots = styledRoots): Promise<Layout> {
  // axe names what it finds; a page that ran axe already has it.
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.addScriptTag({ content: axe.source })
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
