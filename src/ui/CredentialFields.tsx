import type { FieldValues, Path, UseFormReturn } from 'react-hook-form'
import { useSignOn } from '../useSignOn'

type FieldProps<T extends FieldValues> = {
  form: UseFormReturn<T>
  /** The message when the field is left empty. */
  requiredMessage?: string
}

/** The username field every sign-on form shares, wired to the form and its server errors. */
export function UsernameField<T extends FieldValues & { username: string }>({ form, requiredMessage = 'Enter your username.' }: FieldProps<T>) {
  const { TextField } = useSignOn().components
  const name = 'username' as Path<T>
  return (
    <TextField
      label="Username"
      autoComplete="username"
      autoCapitalize="none"
      spellCheck={false}
      error={form.getFieldState(name, form.formState).error?.message}
      {...form.register(name, { required: requiredMessage })}
    />
  )
}

/** The current-password field of the sign-on forms. */
export function PasswordField<T extends FieldValues & { password: string }>({ form, requiredMessage = 'Enter your password.' }: FieldProps<T>) {
  const { TextField } = useSignOn().components
  const name = 'password' as Path<T>
  return (
    <TextField
      label="Password"
      type="password"
      autoComplete="current-password"
      error={form.getFieldState(name, form.formState).error?.message}
      {...form.register(name, { required: requiredMessage })}
    />
  )
}
