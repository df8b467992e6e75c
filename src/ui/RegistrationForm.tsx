import type { PasswordPolicy } from '../flow/types'
import { useActionForm } from '../useActionForm'
import { useSignOn } from '../useSignOn'
import { FormError } from './FormError'
import { NewPasswordField } from './NewPasswordField'
import { escapeTo, useFocusHeadingOnMount } from './useSubview'
import { UsernameField } from './CredentialFields'

/** Props of {@link RegistrationForm}. */
export type RegistrationFormProps = {
  /** Prefills the form, e.g. with what the sign-on form or an identity provider supplied. */
  defaultValues?: { username?: string; email?: string }
  /** The flow's `_embedded.passwordPolicy`, for the checklist under the password. */
  passwordPolicy?: PasswordPolicy
  /** Back to signing on (also on Escape). */
  onCancel?: () => void
}

type Values = { username: string; email: string; password: string }

/**
 * A whole "Create an account" screen: username, email and password (with the policy checklist),
 * sent as `user.register`. PingOne then e-mails a verification code.
 */
export function RegistrationForm({ defaultValues, passwordPolicy, onCancel }: RegistrationFormProps) {
  const { components: C, isPending } = useSignOn()
  const { form, onSubmit } = useActionForm<Values>({
    action: 'user.register',
    defaultValues: { username: defaultValues?.username ?? '', email: defaultValues?.email ?? '', password: '' },
    secretFields: ['password'],
  })
  const { errors } = form.formState
  const ref = useFocusHeadingOnMount<HTMLDivElement>()
  return (
    <div ref={ref} onKeyDown={escapeTo(onCancel)} data-slot="subview">
      <C.Layout title="Create an account">
        <form onSubmit={onSubmit} noValidate aria-busy={isPending || undefined}>
          <FormError errors={errors} />
          <UsernameField form={form} requiredMessage="Choose a username." />
          <C.TextField
            label="Email"
            type="email"
            autoComplete="email"
            error={errors.email?.message}
            {...form.register('email', { required: 'Enter your email address.' })}
          />
          <NewPasswordField
            form={form}
            name="password"
            label="Password"
            policy={passwordPolicy}
            requiredMessage="Choose a password."
          />
          <C.Button type="submit" aria-disabled={isPending || undefined}>
            Create account
          </C.Button>
        </form>
        {onCancel && (
          <C.Button variant="link" onClick={onCancel}>
            Back to sign on
          </C.Button>
        )}
      </C.Layout>
    </div>
  )
}
