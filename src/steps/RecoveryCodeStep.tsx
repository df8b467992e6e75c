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
  const { components: C, t } = useSignOn()
  const { form, onSubmit } = useActionForm<Values>({
    action: 'password.recover',
    defaultValues: { recoveryCode: '', newPassword: '' },
    secretFields: ['recoveryCode', 'newPassword'],
  })
  const { errors } = form.formState
  return (
    <C.Layout title={t('recoveryCode.title')}>
      <p>{t('recoveryCode.intro')}</p>
      <form onSubmit={onSubmit} noValidate aria-busy={isPending || undefined}>
        <FormError errors={errors} />
        <C.CodeField
          label={t('recoveryCode.code')}
          inputMode="text"
          autoCapitalize="characters"
          error={errors.recoveryCode?.message}
          {...form.register('recoveryCode', { required: t('recoveryCode.codeRequired') })}
        />
        <NewPasswordField
          form={form}
          name="newPassword"
          label={t('changePassword.newPassword')}
          policy={step.passwordPolicy}
          requiredMessage={t('changePassword.newPasswordRequired')}
        />
        <C.Button type="submit" aria-disabled={isPending || undefined}>
          {t('recoveryCode.submit')}
        </C.Button>
      </form>
      {step.canResend && <ResendCode action="password.sendRecoveryCode" />}
      <NotYou />
    </C.Layout>
  )
}
