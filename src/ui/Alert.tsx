import type { AlertProps } from '../components'

/** The default message box. Errors use `role="alert"` so screen readers announce them at once. */
export function Alert({ tone = 'error', children }: AlertProps) {
  return (
    <div role={tone === 'error' ? 'alert' : 'status'} data-slot="alert" data-tone={tone}>
      {children}
    </div>
  )
}
