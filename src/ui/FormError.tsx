import type { FieldErrors } from 'react-hook-form'
import { useSignOn } from '../useSignOn'

/** The error PingOne reported for the form as a whole, if any. */
export function FormError({ errors }: { errors: FieldErrors }) {
  const { Alert } = useSignOn().components
  const message = errors.root?.server?.message
  return message ? <Alert>{message}</Alert> : null
}
