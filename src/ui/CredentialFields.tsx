import type { FieldValues, Path, UseFormReturn } from 'react-hook-form'
import { useSignOn } from '../useSignOn'
import { fieldError } from './fieldError'

type FieldProps<T extends FieldValues> = {
  form: UseFormReturn<T>
  /** The message when the field is left empty; defaults to the catalogue's. */
  requiredMessage?: string
}

/** The username field every sign-on form shares, wired to the form and its server errors. */
export function UsernameField<T extends FieldValues & { username: string }>({ form, requiredMessage }: FieldProps<T>) {
  const { components, t } = useSignOn()
  const name = 'username' as Path<T>
  const error = fieldError(form, name)
  return (
    <components.TextField
      label={t('fields.username')}
      autoComplete="username"
      autoCapitalize="none"
      spellCheck={false}
      error={error}
      {...form.register(name, { required: requiredMessage ?? t('fields.usernameRequired') })}
    />
  )
}

/** The current-password field of the sign-on forms (through the `PasswordField` slot). */
export function PasswordField<T extends FieldValues & { password: string }>({ form, requiredMessage }: FieldProps<T>) {
  const { components, t } = useSignOn()
  const name = 'password' as Path<T>
  const error = fieldError(form, name)
  return (
    <components.PasswordField
      label={t('fields.password')}
      autoComplete="current-password"
      error={error}
      {...form.register(name, { required: requiredMessage ?? t('fields.passwordRequired') })}
    />
  )
}
