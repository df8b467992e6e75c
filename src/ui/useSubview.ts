import { useEffect, useRef, useState, type KeyboardEvent } from 'react'

/**
 * A screen within a step that PingOne does not know about (forgot password, registration): local
 * UI state, not flow state. `back` (or Escape) returns to the step, with focus on the control that
 * opened the screen. The step's form keeps what was typed because its hook stays mounted.
 */
export function useSubview<V extends string>() {
  const [view, setView] = useState<V | null>(null)
  const openers = useRef(new Map<V, HTMLElement | null>())
  const returnTo = useRef<V | null>(null)

  useEffect(() => {
    if (view !== null || returnTo.current === null) return
    openers.current.get(returnTo.current)?.focus()
    returnTo.current = null
  }, [view])

  return {
    view,
    open: (next: V) => setView(next),
    back: () => {
      returnTo.current = view
      setView(null)
    },
    /** `ref` for the control that opens `name`, so focus can return to it. */
    opener: (name: V) => (element: HTMLElement | null) => {
      openers.current.set(name, element)
    },
  }
}

/** Calls `onCancel` when Escape is pressed inside the element (and nothing else handled it). */
export function escapeTo(onCancel: (() => void) | undefined) {
  return (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !onCancel || event.defaultPrevented) return
    event.preventDefault()
    onCancel()
  }
}

/** A ref for a subview's wrapper: its heading takes focus when it opens, as CurrentStep does for steps. */
export function useFocusHeadingOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null)
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('h1, h2')?.focus()
  }, [])
  return ref
}
