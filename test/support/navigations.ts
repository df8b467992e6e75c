import { onTestFinished } from 'vitest'

type VirtualConsole = {
  on(event: 'jsdomError', listener: (error: Error) => void): void
  off(event: 'jsdomError', listener: (error: Error) => void): void
}

/**
 * The page's attempts to leave during this test. jsdom cannot load another document, and says so
 * on its virtual console each time something tries (`location.assign`, a link, a `javascript:` URL
 * that yields a string); vitest exposes the JSDOM instance as `jsdom`.
 */
export function watchNavigations(): string[] {
  const dom = (globalThis as unknown as { jsdom?: { virtualConsole: VirtualConsole } }).jsdom
  if (!dom) throw new Error('watchNavigations needs the jsdom environment.')
  const attempts: string[] = []
  const listener = (error: Error) => {
    if (/navigation|'javascript:' URLs/.test(error.message)) attempts.push(error.message)
  }
  dom.virtualConsole.on('jsdomError', listener)
  onTestFinished(() => dom.virtualConsole.off('jsdomError', listener))
  return attempts
}
