import type { StepProps } from '../components'
import { FormError } from '../ui/FormError'
import { NewPasswordField } from '../ui/NewPasswordField'
import { NotYou } from '../ui/NotYou'
import { useActionForm } from '../useActionForm'
import { useSignOn } from '../useSignOn'

type Values = { currentPassword: string; newPassword: string }

/** PASSWORD_EXPIRED and MUST_CHANGE_PASSWORD: the current password and a new one that meets the policy. */
export function ChangePasswordStep({ step, isPending }: StepProps<'changePassword'>) {
  const { components: C, t } = useSignOn()
  const { form, onSubmit } = useActionForm<Values>({
    action: 'password.reset',
    defaultValues: { currentPassword: '', newPassword: '' },
    secretFields: ['currentPassword', 'newPassword'],
  })
  const { errors } = form.formState
  const username = step.user?.username
  const expired = step.reason === 'expired'
  return (
    <C.Layout title={t(expired ? 'changePassword.titleExpired' : 'changePassword.title')}>
      <p>{t(expired ? 'changePassword.introExpired' : 'changePassword.intro')}</p>
      {username && <p data-slot="user">{t('user.signingOnAs', { username })}</p>}
      <form onSubmit={onSubmit} noValidate aria-busy={isPending || undefined}>
        <FormError errors={errors} />
        {/* Lets password managers pair the new password with the account. */}
        {username && <input type="text" name="username" autoComplete="username" value={username} readOnly hidden />}
        <C.PasswordField
          label={t('changePassword.currentPassword')}
          autoComplete="current-password"
          error={errors.currentPassword?.message}
          {...form.register('currentPassword', { required: t('changePassword.currentPasswordRequired') })}
        />
        <NewPasswordField
          form={form}
          name="newPassword"
          label={t('changePassword.newPassword')}
          policy={step.passwordPolicy}
          requiredMessage={t('changePassword.newPasswordRequired')}
        />
        <C.Button type="submit" aria-disabled={isPending || undefined}>
          {t('changePassword.submit')}
        </C.Button>
      </form>
      <NotYou />
    </C.Layout>
  )
}
