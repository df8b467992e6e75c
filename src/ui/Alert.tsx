import type { AlertProps } from '../components'

/** The default message box. Errors use `role="alert"` (announced at once), the others `role="status"`. */
export function Alert({ tone = 'error', children }: AlertProps) {
  return (
    <div role={tone === 'error' ? 'alert' : 'status'} data-slot="alert" data-tone={tone}>
      {children}
    </div>
  )
}
