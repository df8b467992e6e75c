import { forwardRef } from 'react'
import type { HeadingProps } from '../components'

/** The default step heading: a native `h1`. */
export const Heading = forwardRef<HTMLHeadingElement, Omit<HeadingProps, 'ref'>>(function Heading(props, ref) {
  return <h1 ref={ref} data-slot="heading" {...props} />
})
