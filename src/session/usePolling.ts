import { useEffect } from 'react'
import { useLatest } from '../support/useLatest'

/** How often a waiting step re-reads the flow: PingOne's samples poll a push about every 2 s. */
export const pollIntervalMs = 2000

/**
 * Calls `poll` every `intervalMs` while the component is mounted and the tab is visible, one call at
 * a time (the next waits for the previous to settle). Hiding the tab pauses it; showing it resumes.
 * Nothing is called after unmount.
 */
export function usePolling(poll: () => Promise<unknown>, intervalMs = pollIntervalMs) {
  const latest = useLatest(poll)
  useEffect(() => {
    let active = true
    let running = false
    let timer: ReturnType<typeof setTimeout> | undefined
    const visible = () => document.visibilityState !== 'hidden'
    const schedule = () => {
      if (active && visible() && !running && timer === undefined) timer = setTimeout(tick, intervalMs)
    }
    const tick = () => {
      timer = undefined
      if (!active || !visible()) return
      running = true
      latest.current()
        .catch(() => undefined)
        .finally(() => {
          running = false
          schedule()
        })
    }
    const onVisibilityChange = () => {
      if (visible()) return schedule()
      clearTimeout(timer)
      timer = undefined
    }
    document.addEventListener('visibilitychange', onVisibilityChange)
    schedule()
    return () => {
      active = false
      clearTimeout(timer)
      document.removeEventListener('visibilitychange', onVisibilityChange)
    }
  }, [latest, intervalMs])
}
