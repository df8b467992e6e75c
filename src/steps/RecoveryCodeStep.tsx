import type { StepProps } from '../components'
import { meetsPolicy, reportedRequirements } from '../flow/passwordPolicy'
import { FormError } from '../ui/FormError'
import { NewPasswordField } from '../ui/NewPasswordField'
import { NotYou } from '../ui/NotYou'
import { ResendCode } from '../ui/ResendCode'
import { useActionForm } from '../useActionForm'
import { useSignOn } from '../useSignOn'

type Values = { recoveryCode: string; newPassword: string }

/** RECOVERY_CODE_REQUIRED: the code PingOne e-mailed and a new password. */
export function RecoveryCodeStep({ step, isPending, error }: StepProps<'recoveryCode'>) {
  const { components: C } = useSignOn()
  const { form, onSubmit } = useActionForm<Values>({
    action: 'password.recover',
    defaultValues: { recoveryCode: '', newPassword: '' },
    secretFields: ['recoveryCode', 'newPassword'],
  })
  const { errors } = form.formState
  return (
    <C.Layout title="Reset your password">
      <p>If your username belongs to an account, we have emailed you a code. Enter it and choose a new password.</p>
      <form onSubmit={onSubmit} noValidate aria-busy={isPending || undefined}>
        <FormError errors={errors} />
        <C.TextField
          label="Recovery code"
          autoComplete="one-time-code"
          autoCapitalize="characters"
          spellCheck={false}
          error={errors.recoveryCode?.message}
          {...form.register('recoveryCode', { required: 'Enter the code from the email.' })}
        />
        <NewPasswordField
          label="New password"
          policy={step.passwordPolicy}
          password={form.watch('newPassword')}
          reported={reportedRequirements(error?.details, 'newPassword')}
          error={errors.newPassword?.message}
          {...form.register('newPassword', {
            required: 'Choose a new password.',
            validate: (value) =>
              meetsPolicy(step.passwordPolicy, value) || 'Choose a password that meets every requirement listed.',
          })}
        />
        <C.Button type="submit" aria-disabled={isPending || undefined}>
          Reset password
        </C.Button>
      </form>
      {step.canResend && <ResendCode action="password.sendRecoveryCode" />}
      <NotYou />
    </C.Layout>
  )
}
