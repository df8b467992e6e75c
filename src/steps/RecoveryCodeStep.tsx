import type { StepProps } from '../components'
import { FormError } from '../ui/FormError'
import { NewPasswordField } from '../ui/NewPasswordField'
import { NotYou } from '../ui/NotYou'
import { ResendCode } from '../ui/ResendCode'
import { useActionForm } from '../useActionForm'
import { useSignOn } from '../useSignOn'

type Values = { recoveryCode: string; newPassword: string }

/** RECOVERY_CODE_REQUIRED: the code PingOne e-mailed and a new password. */
export function RecoveryCodeStep({ step, isPending }: StepProps<'recoveryCode'>) {
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
          form={form}
          name="newPassword"
          label="New password"
          policy={step.passwordPolicy}
          requiredMessage="Choose a new password."
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
