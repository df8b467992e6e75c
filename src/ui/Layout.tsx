import { useId } from 'react'
import type { LayoutProps } from '../components'

/** The default frame around every step: a titled section. */
export function Layout({ title, children }: LayoutProps) {
  const id = useId()
  return (
    <section aria-labelledby={id} data-slot="layout">
      <h1 id={id} tabIndex={-1}>
        {title}
      </h1>
      {children}
    </section>
  )
}
