import { useId, type ReactNode } from 'react'
import type { TextFieldProps } from '../components'

type FieldOptions = Pick<TextFieldProps, 'id' | 'error' | 'description' | 'aria-describedby'>

/** Ids and ARIA wiring shared by the field primitives: label, description and error tied to the input. */
export function useField({ id, error, description, 'aria-describedby': describedBy }: FieldOptions) {
  const generated = useId()
  const inputId = id ?? generated
  const descriptionId = `${inputId}-description`
  const errorId = `${inputId}-error`
  const inputProps = {
    id: inputId,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': [describedBy, description && descriptionId, error && errorId].filter(Boolean).join(' ') || undefined,
  }
  return { inputId, descriptionId, errorId, inputProps }
}

type FieldFrameProps = {
  field: ReturnType<typeof useField>
  label: string
  description?: ReactNode
  error?: string
  kind?: 'password' | 'code'
  children: ReactNode
}

/** The frame of a field primitive: label, control, description and error. */
export function FieldFrame({ field, label, description, error, kind, children }: FieldFrameProps) {
  return (
    <div data-slot="field" data-kind={kind} data-invalid={error ? '' : undefined}>
      <label htmlFor={field.inputId}>{label}</label>
      {children}
      {description && (
        <div id={field.descriptionId} data-slot="field-description">
          {description}
        </div>
      )}
      {error && (
        <p id={field.errorId} role="alert" data-slot="field-error">
          {error}
        </p>
      )}
    </div>
  )
}
