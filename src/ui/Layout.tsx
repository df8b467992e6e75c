import { useId } from 'react'
import type { LayoutProps } from '../components'
import { useSignOn } from '../useSignOn'

/** The default frame around every step: the brand, the step's heading, then the step. */
export function Layout({ title, children }: LayoutProps) {
  const { Brand, Heading } = useSignOn().components
  const id = useId()
  return (
    <section aria-labelledby={id} data-slot="layout">
      <Brand />
      <Heading id={id} tabIndex={-1}>
        {title}
      </Heading>
      {children}
    </section>
  )
}
