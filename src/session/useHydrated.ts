import { useSyncExternalStore } from 'react'

const never = () => () => {}

/**
 * False while React hydrates server-rendered HTML, true from then on (and from the start in a
 * browser that rendered without a server). What only the browser knows, such as the page address,
 * is shown once this is true, so the first render matches the server's.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  )
}
