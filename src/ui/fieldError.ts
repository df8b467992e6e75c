import { get, type FieldError, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form'

/**
 * The error message of one field of `form`. Reading `formState.errors` subscribes the form to its
 * errors only, so it re-renders when they change and not as the user types (no dirty or touched
 * state). No state of its own: `useFormState` would keep the form's values, a password among them,
 * in React's update queue.
 */
export function fieldError<T extends FieldValues>(form: UseFormReturn<T>, name: Path<T>): string | undefined {
  return (get(form.formState.errors, name) as FieldError | undefined)?.message
}
