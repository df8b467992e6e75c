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
  const { components: C, isPending, t } = useSignOn()
  const { form, onSubmit } = useActionForm<Values>({
    action: 'user.register',
    defaultValues: { username: defaultValues?.username ?? '', email: defaultValues?.email ?? '', password: '' },
    secretFields: ['password'],
  })
  const { errors } = form.formState
  const ref = useFocusHeadingOnMount<HTMLDivElement>()
  return (
    <div ref={ref} onKeyDown={escapeTo(onCancel)} data-slot="subview">
      <C.Layout title={t('register.title')}>
        <form onSubmit={onSubmit} noValidate aria-busy={isPending || undefined}>
          <FormError errors={errors} />
          <UsernameField form={form} requiredMessage={t('register.usernameRequired')} />
          <C.TextField
            label={t('fields.email')}
            type="email"
            autoComplete="email"
            error={errors.email?.message}
            {...form.register('email', { required: t('fields.emailRequired') })}
          />
          <NewPasswordField
            form={form}
            name="password"
            label={t('fields.password')}
            policy={passwordPolicy}
            requiredMessage={t('register.passwordRequired')}
          />
          <C.Button type="submit" aria-disabled={isPending || undefined}>
            {t('register.submit')}
          </C.Button>
        </form>
        {onCancel && (
          <C.Link onClick={onCancel}>{t('subview.back')}</C.Link>
        )}
      </C.Layout>
    </div>
  )
}
