import { forwardRef } from 'react'
import type { TextFieldProps } from '../components'
import { FieldFrame, useField } from './Field'

/** The default text input: label, input, description and error, wired together for assistive technology. */
export const TextField = forwardRef<HTMLInputElement, Omit<TextFieldProps, 'ref'>>(function TextField(
  { label, description, error, id, 'aria-describedby': describedBy, ...input },
  ref,
) {
  const field = useField({ id, error, description, 'aria-describedby': describedBy })
  return (
    <FieldFrame field={field} label={label} description={description} error={error}>
      <input ref={ref} {...field.inputProps} {...input} />
    </FieldFrame>
  )
})
