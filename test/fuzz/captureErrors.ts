// Vitest's jsdom environment exposes the JSDOM instance.
declare const jsdom: { virtualConsole: import('node:events').EventEmitter }

/**
 * Collects, until `release()`, everything that says something broke: uncaught exceptions and
 * rejections, React's (and anyone's) console.error, and jsdom's own errors, which it would
 * otherwise only print. jsdom's "cannot navigate" is counted apart: the kit may navigate on purpose.
 */
export function captureErrors() {
  const errors: string[] = []
  let navigations = 0
  const onError = (event: ErrorEvent) => errors.push(`window error: ${String(event.error ?? event.message)}`)
  const onRejection = (reason: unknown) => errors.push(`unhandled rejection: ${String(reason)}`)
  window.addEventListener('error', onError)
  process.on('unhandledRejection', onRejection)
  const consoleError = console.error
  console.error = (...args: unknown[]) => {
    const line = args.map(String).join(' ')
    // The kit's own development message about a set-up mistake (a 4xx to authorize, say) is output, not a failure.
    if (!line.startsWith('[pingone-signon-react] ')) errors.push(`console.error: ${line.slice(0, 2000)}`)
  }
  const virtualConsole = jsdom.virtualConsole
  const jsdomListeners = virtualConsole.listeners('jsdomError') as ((...args: unknown[]) => void)[]
  virtualConsole.removeAllListeners('jsdomError')
  virtualConsole.on('jsdomError', (error: { type?: string; message: string }) => {
    if (error.type === 'not-implemented' && /navigation/.test(error.message)) navigations++
    else errors.push(`jsdom: ${error.message}`)
  })
  return {
    errors,
    navigations: () => navigations,
    release() {
      console.error = consoleError
      virtualConsole.removeAllListeners('jsdomError')
      for (const listener of jsdomListeners) virtualConsole.on('jsdomError', listener)
      window.removeEventListener('error', onError)
      process.off('unhandledRejection', onRejection)
    },
  }
}
