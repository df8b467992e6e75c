import { useId } from 'react'
import type { LayoutProps } from '../components'
import { useSignOn } from '../useSignOn'

/** The default frame around every step: the brand, the step's heading, a notice if any, then the step. */
export function Layout({ title, children }: LayoutProps) {
  const { components, notice, t } = useSignOn()
  const { Brand, Heading, Alert } = components
  const id = useId()
  return (
    <section aria-labelledby={id} data-slot="layout">
      <Brand />
      <Heading id={id} tabIndex={-1}>
        {title}
      </Heading>
      {notice === 'flowExpired' && <Alert tone="info">{t('notice.flowExpired')}</Alert>}
      {children}
    </section>
  )
}
