import type { CSSProperties, ReactNode } from 'react'

// Inline (React sets it through CSSOM, which a strict CSP allows), so these words stay hidden even
// when the stylesheet is not loaded or the instance is unstyled.
const hidden: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  margin: -1,
  padding: 0,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
}

/** Text for screen readers only. */
export function VisuallyHidden({ children, ...props }: { children?: ReactNode; id?: string; role?: 'status'; 'aria-live'?: 'polite' }) {
  return (
    <span data-slot="visually-hidden" style={hidden} {...props}>
      {children}
    </span>
  )
}
