import { cleanup, getConfig, render, within } from '@testing-library/react'
import { PingOneSignOn } from '../../src'
import { propsFor } from '../render'
import { captureErrors } from './captureErrors'
import { laneId, serveAnswers, type Answer } from './serve'

export type { Answer } from './serve'

/** What one sign-on shows once the kit has nothing more to do. */
export type Screen = {
  /** `data-step` of the kit's root; null when the root is gone. */
  step: string | null
  /** The first heading in the kit's root, as text. */
  heading: string | null
  /** The names of the buttons on screen. */
  buttons: string[]
  /** Elements or attributes that server text must never become. */
  injected: string[]
}

/** What a batch of answers led to. */
export type Outcome = {
  screens: Screen[]
  /** Exceptions that escaped the kit, and anything React or jsdom reported as an error. */
  errors: string[]
  /** Page navigations the kit started (jsdom cannot follow them). */
  navigations: number
  requests: number
}

/** Enough for any honest sequence (authorize or flow read, resume, one automatic restart); more is a loop. */
export const requestBudget = 6

const props = propsFor()

/**
 * Renders one real `<PingOneSignOn>` (with its default `<CurrentStep>`) per answer, side by side,
 * each served its own answer over HTTP; waits until the page is quiet; reports what each shows.
 * Side by side, one sign-on's waits on the network overlap with the others' rendering.
 */
export async function showAnswers(answers: Answer[]): Promise<Outcome> {
  const served = serveAnswers(answers)
  const captured = captureErrors()
  let changes = 0
  const observer = new MutationObserver(() => changes++)
  try {
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true })
    const containers = answers.map(
      ({ entry }, lane) =>
        render(<PingOneSignOn {...props} clientId={laneId(lane)} flowId={entry === 'flowId' ? laneId(lane) : null} />).container,
    )
    const page = () => ({ requests: served.requests(), changes, busy: served.busy(), loading: containers.some(isLoading) })
    await getConfig().asyncWrapper(() => settle(page, requestBudget * answers.length))
    return {
      screens: containers.map(screenOf),
      errors: [...served.handlerErrors, ...captured.errors],
      navigations: captured.navigations(),
      requests: served.requests(),
    }
  } finally {
    observer.disconnect()
    cleanup()
    captured.release()
    served.release()
    sessionStorage.clear()
  }
}

type Page = { requests: number; changes: number; busy: boolean; loading: boolean }

/**
 * Waits, a macrotask at a time, until every sign-on has asked PingOne, nothing is in flight, and
 * the page has not changed for two macrotasks. A sign-on still on its loading step then gets
 * twenty more quiet ones before it counts as stuck (the property fails on its `loading` step).
 */
async function settle(page: () => Page, budget: number) {
  let quiet = 0
  let last = ''
  for (let tick = 0; tick < 10_000; tick++) {
    await new Promise((resolve) => setTimeout(resolve, 0))
    const { requests, changes, busy, loading } = page()
    if (requests > budget) return
    const now = `${requests}|${changes}`
    quiet = !busy && now === last ? quiet + 1 : 0
    last = now
    if (quiet >= (loading ? 20 : 2)) return
  }
  throw new Error('The page never settled: requests or renders kept coming.')
}

function isLoading(container: HTMLElement) {
  return container.querySelector('[data-pingone-signon]')?.getAttribute('data-step') === 'loading'
}

function screenOf(container: HTMLElement): Screen {
  const root = container.querySelector<HTMLElement>('[data-pingone-signon]')
  // `hidden: true` skips the computed-style walk (slow in jsdom); the kit hides no step with CSS.
  const screen = root && within(root)
  return {
    step: root?.getAttribute('data-step') ?? null,
    heading: screen?.queryAllByRole('heading', { hidden: true })[0]?.textContent?.trim() || null,
    buttons: screen?.queryAllByRole('button', { hidden: true }).map((button) => button.textContent?.trim() ?? '') ?? [],
    injected: injectedMarkup(container),
  }
}

const forbidden = 'script, img, iframe, object, embed, svg, math, link, style, meta, base, a[href], form[action]'

function injectedMarkup(container: HTMLElement): string[] {
  const found = [...container.querySelectorAll(forbidden)].map((element) => `<${element.localName}>`)
  for (const element of container.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      if (/^on/i.test(attribute.name)) found.push(`${element.localName}[${attribute.name}]`)
    }
  }
  return found
}
