import type { SpinnerProps } from '../components'
import { VisuallyHidden } from './VisuallyHidden'

/** The default busy indicator: a ring drawn by the stylesheet, and its label for screen readers. */
export function Spinner({ label }: SpinnerProps) {
  return (
    <span role="status" data-slot="spinner">
      <span data-slot="spinner-icon" aria-hidden="true" />
      <VisuallyHidden>{label}</VisuallyHidden>
    </span>
  )
}
