import { useEffect, useLayoutEffect, useRef } from 'react'

// On a server there is no layout to wait for, and React 18 warns about useLayoutEffect there.
const useIsomorphicLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect

/** A ref that always holds the latest value, for callbacks called from effects. */
export function useLatest<T>(value: T) {
  const ref = useRef(value)
  useIsomorphicLayoutEffect(() => {
    ref.current = value
  })
  return ref
}
