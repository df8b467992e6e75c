import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { shownBy } from '../../stories/security/hostileServer'
import { catalogueInChromium, listStories, runStory } from './storybook'

// "Every server-provided string is rendered as inert text": the Security/Hostile server stories run
// the kit against an emulator whose every string is a script or HTML payload. Here they play in
// Chromium with the payloads' trap (`window.__xss`) set before any script of the page, and a watch
// on everything added to the story's root, so a payload that ran or an element that was injected,
// even for a moment, is seen. Run alone: npx vitest run --project browser test/browser/xss.test.ts

const title = 'Security/Hostile server'
const expected: Record<string, readonly string[]> = shownBy

const catalogue = catalogueInChromium()

/** In the page, before its scripts: the trap, and a record of dangerous markup under the story's root. */
function watchPage() {
  const fired: string[] = []
  const injected: string[] = []
  const lock = (name: string, value: unknown) => Object.defineProperty(globalThis, name, { value, writable: false })
  lock('__xss', (id: string) => void fired.push(id))
  lock('__xssFired', fired)
  lock('__xssInjected', injected)
  const elements = ['script', 'iframe', 'frame', 'object', 'embed', 'base', 'meta', 'link', 'style', 'img', 'svg', 'math', 'details', 'template', 'a']
  const urlAttributes = ['href', 'src', 'srcdoc', 'action', 'formaction', 'data', 'xlink:href']
  const dangers = (element: Element) => [
    ...(elements.includes(element.localName) ? [`<${element.localName}>`] : []),
    ...Array.from(element.attributes)
      .filter((a) => /^on/i.test(a.name) || (urlAttributes.includes(a.name) && /^\s*(javascript|data|vbscript):/i.test(a.value)))
      .map((a) => `<${element.localName} ${a.name}>`),
  ]
  const inspect = (node: Node) => {
    if (!(node instanceof Element) || !node.closest('#storybook-root')) return
    for (const element of [node, ...node.querySelectorAll('*')]) injected.push(...dangers(element))
  }
  lock('__xssDangers', (root: Element) => [root, ...root.querySelectorAll('*')].flatMap(dangers))
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes') inspect(record.target)
      record.addedNodes.forEach(inspect)
    }
  }).observe(document, { subtree: true, childList: true, attributes: true })
}

type Inspection = { fired: string[]; injected: string[]; present: string[]; text: string }

/** What the page shows at the end: payloads that ran, dangerous markup, and the kit's visible text. */
function inspectPage(): Inspection {
  const g = globalThis as unknown as Record<string, unknown>
  const root = document.querySelector('#storybook-root')!
  const kit = root.querySelector<HTMLElement>('[data-pingone-signon]')
  const values = Array.from(root.querySelectorAll('input'), (input) => input.value)
  return {
    fired: [...(g.__xssFired as string[])],
    injected: [...(g.__xssInjected as string[])],
    present: (g.__xssDangers as (root: Element) => string[])(root),
    text: [kit?.innerText ?? '', ...values].join('\n'),
  }
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim()

async function playHostileStory(page: Page, id: string, globals = '') {
  await page.addInitScript(watchPage)
  const { failure, pageErrors } = await runStory(page, catalogue.url, id, globals)
  expect(failure).toBeUndefined()
  expect(pageErrors).toEqual([])
  return page.evaluate(inspectPage)
}

const stories = listStories().filter((story) => story.title === title)
const storyId = (name: string) =>
  stories.find((s) => s.id.endsWith(`--${name.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase()}`))?.id ?? `(no story ${name})`
const cases = Object.keys(expected).map((name) => [name, storyId(name)] as const)
const control = storyId('UnsafeCustomSlot')

describe('a PingOne that sends script and HTML in every string', () => {
  it('has a story for every screen that shows server strings, and the control', () => {
    expect(stories.map((s) => s.id).sort()).toEqual([...cases.map(([, id]) => id), control].sort())
  })

  it('sees a payload that runs and the markup it injects (the control: a custom slot that renders HTML)', async () => {
    const context = await catalogue.browser.newContext()
    try {
      const result = await playHostileStory(await context.newPage(), control)
      expect(result.fired).toContain('control')
      expect(result.injected).toEqual(expect.arrayContaining(['<img>', '<img onerror>']))
      expect(result.present).toEqual(expect.arrayContaining(['<img>', '<img onerror>']))
    } finally {
      await context.close()
    }
  })

  describe.each([
    ['English', ''],
    ['Arabic', 'locale:ar'],
  ])('%s', (_language, globals) => {
    it.concurrent.each(cases)('%s: runs none of them, injects no markup, and shows each as written', async (name, id) => {
      const context = await catalogue.browser.newContext()
      try {
        const result = await playHostileStory(await context.newPage(), id, globals)
        // The story's own check sprang the trap once on purpose ("canary"): the trap was live.
        expect(result.fired).toContain('canary')
        expect(result.fired.filter((fired) => fired !== 'canary')).toEqual([])
        expect(result.injected).toEqual([])
        expect(result.present).toEqual([])
        for (const text of expected[name]!) expect(collapse(result.text)).toContain(collapse(text))
      } finally {
        await context.close()
      }
    })
  })
})
