import { useEffect, useRef, useState } from 'react'

/**
 * An abort signal that fires when the component unmounts for good. StrictMode's trial unmount
 * (cleanup, then the effect again in the same tick) does not fire it; a real unmount does, a tick
 * later. A component shown again after its effects were torn down (`<Activity>`) gets a fresh one.
 */
export function useUnmountSignal(): AbortSignal {
  const [controller, setController] = useState(() => new AbortController())
  const pendingAbort = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  useEffect(() => {
    clearTimeout(pendingAbort.current)
    if (controller.signal.aborted) setController(new AbortController())
    return () => {
      pendingAbort.current = setTimeout(() => controller.abort(), 0)
    }
  }, [controller])
  return controller.signal
}
