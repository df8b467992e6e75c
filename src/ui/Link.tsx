import { forwardRef } from 'react'
import type { LinkProps } from '../components'

/** The default link primitive: a native button that looks like a link. Forwards its ref (React 18). */
export const Link = forwardRef<HTMLButtonElement, Omit<LinkProps, 'ref'>>(function Link({ type = 'button', ...props }, ref) {
  return <button ref={ref} type={type} data-slot="link" {...props} />
})
