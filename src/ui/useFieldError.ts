import { get, useFormState, type FieldError, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form'

/**
 * The error message of one field of `form`. Its caller re-renders when that error changes, and not
 * as the user types (only `errors` is read, so the form does not report dirty or touched state).
 */
export function useFieldError<T extends FieldValues>(form: UseFormReturn<T>, name: Path<T>): string | undefined {
  const { errors } = useFormState({ control: form.control, name })
  return (get(errors, name) as FieldError | undefined)?.message
}
