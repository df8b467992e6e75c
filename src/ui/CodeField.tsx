import { forwardRef } from 'react'
import type { TextFieldProps } from '../components'
import { FieldFrame, useField } from './Field'

/** The default code input: numeric keyboard, `one-time-code` autofill, and a monospaced look. */
export const CodeField = forwardRef<HTMLInputElement, Omit<TextFieldProps, 'ref'>>(function CodeField(
  { label, description, error, id, 'aria-describedby': describedBy, ...input },
  ref,
) {
  const field = useField({ id, error, description, 'aria-describedby': describedBy })
  return (
    <FieldFrame field={field} label={label} description={description} error={error} kind="code">
      <input
        ref={ref}
        inputMode="numeric"
        autoComplete="one-time-code"
        autoCapitalize="none"
        spellCheck={false}
        {...field.inputProps}
        {...input}
      />
    </FieldFrame>
  )
})
