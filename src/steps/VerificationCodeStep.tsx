import type { StepProps } from '../components'
import { FormError } from '../ui/FormError'
import { NotYou } from '../ui/NotYou'
import { ResendCode } from '../ui/ResendCode'
import { useActionForm } from '../useActionForm'
import { useSignOn } from '../useSignOn'

type Values = { verificationCode: string }

/** VERIFICATION_CODE_REQUIRED: the code PingOne e-mailed to a new account's address. */
export function VerificationCodeStep({ step, isPending }: StepProps<'verificationCode'>) {
  const { components: C, t } = useSignOn()
  const { form, onSubmit } = useActionForm<Values>({
    action: 'user.verify',
    defaultValues: { verificationCode: '' },
    secretFields: ['verificationCode'],
  })
  const { errors } = form.formState
  const email = emailOf(step.flow._embedded?.user)
  return (
    <C.Layout title={t('verificationCode.title')}>
      <p>{email ? t('verificationCode.introWithEmail', { email }) : t('verificationCode.intro')}</p>
      <form onSubmit={onSubmit} noValidate aria-busy={isPending || undefined}>
        <FormError errors={errors} />
        <C.CodeField
          label={t('verificationCode.code')}
          inputMode="text"
          autoCapitalize="characters"
          error={errors.verificationCode?.message}
          {...form.register('verificationCode', { required: t('verificationCode.codeRequired') })}
        />
        <C.Button type="submit" aria-disabled={isPending || undefined}>
          {t('verificationCode.submit')}
        </C.Button>
      </form>
      {step.canResend && <ResendCode action="user.sendVerificationCode" />}
      <NotYou />
    </C.Layout>
  )
}

// The step's user type has no email (toStep keeps id and username), so read it here, as text only.
function emailOf(user: unknown): string | undefined {
  const email = typeof user === 'object' && user !== null ? (user as { email?: unknown }).email : undefined
  return typeof email === 'string' ? email : undefined
}
