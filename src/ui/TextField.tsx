import { forwardRef, useId } from 'react'
import type { TextFieldProps } from '../components'

/** The default text input: label, input and error, wired together for assistive technology. */
export const TextField = forwardRef<HTMLInputElement, Omit<TextFieldProps, 'ref'>>(function TextField(
  { label, error, id, 'aria-describedby': describedBy, ...input },
  ref,
) {
  const generatedId = useId()
  const inputId = id ?? generatedId
  const errorId = `${inputId}-error`
  return (
    <div data-slot="field" data-invalid={error ? '' : undefined}>
      <label htmlFor={inputId}>{label}</label>
      <input
        ref={ref}
        id={inputId}
        aria-invalid={error ? true : undefined}
        aria-describedby={[describedBy, error && errorId].filter(Boolean).join(' ') || undefined}
        {...input}
      />
      {error && (
        <p id={errorId} role="alert" data-slot="field-error">
          {error}
        </p>
      )}
    </div>
  )
})
