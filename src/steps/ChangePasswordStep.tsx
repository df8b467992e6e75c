import type { StepProps } from '../components'
import { FormError } from '../ui/FormError'
import { NewPasswordField } from '../ui/NewPasswordField'
import { NotYou } from '../ui/NotYou'
import { useActionForm } from '../useActionForm'
import { useSignOn } from '../useSignOn'

type Values = { currentPassword: string; newPassword: string }

/** PASSWORD_EXPIRED and MUST_CHANGE_PASSWORD: the current password and a new one that meets the policy. */
export function ChangePasswordStep({ step, isPending }: StepProps<'changePassword'>) {
  const { components: C } = useSignOn()
  const { form, onSubmit } = useActionForm<Values>({
    action: 'password.reset',
    defaultValues: { currentPassword: '', newPassword: '' },
    secretFields: ['currentPassword', 'newPassword'],
  })
  const { errors } = form.formState
  const username = step.user?.username
  const expired = step.reason === 'expired'
  return (
    <C.Layout title={expired ? 'Your password has expired' : 'Change your password'}>
      <p>
        {expired ? 'Choose a new password to continue.' : 'You need to choose a new password before you continue.'}
        {username && ` Signing on as ${username}.`}
      </p>
      <form onSubmit={onSubmit} noValidate aria-busy={isPending || undefined}>
        <FormError errors={errors} />
        {/* Lets password managers pair the new password with the account. */}
        {username && <input type="text" name="username" autoComplete="username" value={username} readOnly hidden />}
        <C.TextField
          label="Current password"
          type="password"
          autoComplete="current-password"
          error={errors.currentPassword?.message}
          {...form.register('currentPassword', { required: 'Enter your current password.' })}
        />
        <NewPasswordField
          form={form}
          name="newPassword"
          label="New password"
          policy={step.passwordPolicy}
          requiredMessage="Choose a new password."
        />
        <C.Button type="submit" aria-disabled={isPending || undefined}>
          Change password
        </C.Button>
      </form>
      <NotYou />
    </C.Layout>
  )
}
