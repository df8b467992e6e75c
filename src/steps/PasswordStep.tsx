import type { StepProps } from '../components'
import { errorMessage } from '../errorMessage'
import type { PingOneError } from '../flow/errors'
import { FormError } from '../ui/FormError'
import { useActionForm } from '../useActionForm'
import { useSignOn } from '../useSignOn'
import { PasswordField } from '../ui/CredentialFields'

type Values = { password: string }

/** PASSWORD_REQUIRED: the user is known, only the password is missing ("Forgot password?" if offered). */
export function PasswordStep({ step, act, isPending }: StepProps<'password'>) {
  const { components: C, t } = useSignOn()
  const { form, onSubmit } = useActionForm<Values>({
    action: 'usernamePassword.check',
    defaultValues: { password: '' },
    secretFields: ['password'],
  })
  const { errors } = form.formState
  const username = step.user?.username
  const serverError = (error: PingOneError) =>
    form.setError('root.server', { type: 'server', message: errorMessage(t, error) })
  return (
    <C.Layout title={t('password.title')}>
      {username && <p data-slot="user">{t('user.signingOnAs', { username })}</p>}
      <form onSubmit={onSubmit} noValidate aria-busy={isPending || undefined}>
        <FormError errors={errors} />
        {/* Lets password managers pair the password with the account. */}
        {username && <input type="text" name="username" autoComplete="username" value={username} readOnly hidden />}
        <PasswordField form={form} />
        <C.Button type="submit" aria-disabled={isPending || undefined}>
          {t('password.submit')}
        </C.Button>
      </form>
      {step.canRecoverPassword && (
        // Straight to the recovery code for the user the flow knows, named as every Ping client names it.
        <C.Link onClick={() => act('password.forgot', username ? { username } : {}).catch(serverError)}>
          {t('password.forgotPassword')}
        </C.Link>
      )}
      {step.canSwitchUser && (
        <C.Link onClick={() => act('session.reset').catch(serverError)}>{t('password.switchUser')}</C.Link>
      )}
    </C.Layout>
  )
}
