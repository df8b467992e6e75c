import { useRef } from 'react'
import { useForm, type DefaultValues, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form'
import { detailMessage, errorMessage } from './errorMessage'
import { toPingOneError, type PingOneError } from './flow/errors'
import type { FlowAction } from './flow/types'
import type { Translate } from './messages/types'
import { useSignOn } from './useSignOn'

/** Options of {@link useActionForm}. */
export type ActionFormOptions<T extends FieldValues> = {
  /** The flow action the form submits. */
  action: FlowAction
  defaultValues?: DefaultValues<T>
  /** Fields cleared after a failed submit (never kept, never re-sent): passwords and codes. */
  secretFields?: Path<T>[]
  /** Shapes the request body from the form's values (e.g. a PATCH body); defaults to the values. */
  toBody?: (values: T) => Record<string, unknown>
}

/**
 * A react-hook-form form that submits one flow action. PingOne's errors land on the field they
 * target (`details[].target`), or on `root.server`; secret fields are cleared, the rest kept.
 */
export function useActionForm<T extends FieldValues>({
  action,
  defaultValues,
  secretFields = [],
  toBody = (values) => values,
}: ActionFormOptions<T>): { form: UseFormReturn<T>; onSubmit: (event?: React.BaseSyntheticEvent) => Promise<void> } {
  const { act, t } = useSignOn()
  const form = useForm<T>({ defaultValues })
  const inFlight = useRef(false)
  const onSubmit = form.handleSubmit(async (values) => {
    if (inFlight.current) return
    inFlight.current = true
    try {
      await act(action, toBody(values))
    } catch (error) {
      applyServerError(t, form, toPingOneError(error), secretFields)
    } finally {
      inFlight.current = false
    }
  })
  return { form, onSubmit }
}

function applyServerError<T extends FieldValues>(
  t: Translate,
  form: UseFormReturn<T>,
  error: PingOneError,
  secretFields: Path<T>[],
) {
  for (const field of secretFields) form.setValue(field, '' as never)
  // Targets may be dotted paths (`address.postalCode`), which react-hook-form nests. Own keys only:
  // a target such as `toString` is not a field.
  const values: unknown = form.getValues()
  const isField = (target: string) => hasPath(values, target.split('.'))
  const targeted = error.details.filter((d) => d.target && isField(d.target))
  for (const detail of targeted) {
    form.setError(detail.target as Path<T>, { type: 'server', message: detailMessage(t, detail) })
  }
  if (targeted.length < Math.max(error.details.length, 1)) {
    const rest = error.details.find((d) => !targeted.includes(d))
    form.setError('root.server', { type: 'server', message: rest ? detailMessage(t, rest) : errorMessage(t, error) })
  }
  const focus = targeted[0]?.target ?? secretFields[0]
  if (focus) form.setFocus(focus as Path<T>)
}

function hasPath(value: unknown, keys: string[]): boolean {
  let current = value
  for (const key of keys) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, key)) return false
    current = (current as Record<string, unknown>)[key]
  }
  return current !== undefined
}
