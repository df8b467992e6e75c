import { expect, waitFor } from 'storybook/test'

declare global {
  // Called by every payload of the corpus, should any of it run.
  var __xss: ((id: string) => void) | undefined
  // The ids of the payloads that ran, in order.
  var __xssFired: string[] | undefined
}

/**
 * Sets the trap every payload springs: `window.__xss(id)` records `id`. A browser test may have
 * set it before the page loaded (test/browser/xss.test.ts); then it is kept as it is.
 */
export function armTrap(): void {
  globalThis.__xssFired ??= []
  globalThis.__xss ??= (id) => void globalThis.__xssFired!.push(id)
}

/**
 * Passes when no payload ran. First the trap proves it works: the corpus's own `<img src=x onerror>`,
 * parsed as HTML (never attached), springs it. Its error comes after those of anything the kit
 * rendered before, so a payload that would have run has had its turn.
 */
export async function expectNothingRan(): Promise<void> {
  const probe = document.createElement('div')
  probe.innerHTML = `<img src=x onerror="__xss('canary')">`
  await waitFor(() => expect(globalThis.__xssFired).toContain('canary'))
  await expect(globalThis.__xssFired!.filter((id) => id !== 'canary')).toEqual([])
}
