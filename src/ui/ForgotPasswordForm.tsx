import { useActionForm } from '../useActionForm'
import { useSignOn } from '../useSignOn'
import { FormError } from './FormError'
import { escapeTo, useFocusHeadingOnMount } from './useSubview'
import { UsernameField } from './CredentialFields'

/** Props of {@link ForgotPasswordForm}. */
export type ForgotPasswordFormProps = {
  /** Prefills the username, e.g. with what was typed on the sign-on form. */
  defaultUsername?: string
  /** Back to signing on (also on Escape). */
  onCancel?: () => void
}

type Values = { username: string }

/** Asks for the username and sends `password.forgot`; PingOne e-mails a recovery code. */
export function ForgotPasswordForm({ defaultUsername = '', onCancel }: ForgotPasswordFormProps) {
  const { components: C, isPending, t } = useSignOn()
  const { form, onSubmit } = useActionForm<Values>({
    action: 'password.forgot',
    defaultValues: { username: defaultUsername },
  })
  const { errors } = form.formState
  const ref = useFocusHeadingOnMount<HTMLDivElement>()
  return (
    <div ref={ref} onKeyDown={escapeTo(onCancel)} data-slot="subview">
      <C.Layout title={t('forgotPassword.title')}>
        <p>{t('forgotPassword.intro')}</p>
        <form onSubmit={onSubmit} noValidate aria-busy={isPending || undefined}>
          <FormError errors={errors} />
          <UsernameField form={form} />
          <C.Button type="submit" aria-disabled={isPending || undefined}>
            {t('forgotPassword.submit')}
          </C.Button>
        </form>
        {onCancel && (
          <C.Link onClick={onCancel}>{t('subview.back')}</C.Link>
        )}
      </C.Layout>
    </div>
  )
}
