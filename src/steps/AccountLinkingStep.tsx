import type { StepProps } from '../components'
import { FormError } from '../ui/FormError'
import { RegistrationForm } from '../ui/RegistrationForm'
import { useSubview } from '../ui/useSubview'
import { useActionForm } from '../useActionForm'
import { useSignOn } from '../useSignOn'
import { UsernameField, PasswordField } from '../ui/CredentialFields'

type Values = { username: string; password: string }

/**
 * ACCOUNT_LINKING_REQUIRED: the external identity is linked to no account yet. Sign on to an
 * existing account to link it, or (when offered) create one, prefilled with what the IdP supplied.
 */
export function AccountLinkingStep({ step, isPending }: StepProps<'accountLinking'>) {
  const { components: C, t } = useSignOn()
  const { form, onSubmit } = useActionForm<Values>({
    action: 'usernamePassword.check',
    defaultValues: { username: '', password: '' },
    secretFields: ['password'],
  })
  const subview = useSubview<'register'>()
  const { errors } = form.formState
  const provider = step.identityProvider?.name
  if (subview.view === 'register') {
    return (
      <RegistrationForm
        defaultValues={{ username: text(step.attributes.username), email: text(step.attributes.email) }}
        passwordPolicy={step.passwordPolicy}
        onCancel={subview.back}
      />
    )
  }
  return (
    <C.Layout title={provider ? t('accountLinking.title', { provider }) : t('accountLinking.titleUnnamed')}>
      <p>{provider ? t('accountLinking.notLinked', { provider }) : t('accountLinking.notLinkedUnnamed')}</p>
      {step.canSignOn && <p>{t('accountLinking.signOnToLink')}</p>}
      {step.canSignOn && (
        <form onSubmit={onSubmit} noValidate aria-busy={isPending || undefined}>
          <FormError errors={errors} />
          <UsernameField form={form} />
          <PasswordField form={form} />
          <C.Button type="submit" aria-disabled={isPending || undefined}>
            {t('accountLinking.submit')}
          </C.Button>
        </form>
      )}
      {step.canRegister && step.canSignOn && (
        <>
          <p>{t('accountLinking.orRegister')}</p>
          <C.Link ref={subview.opener('register')} onClick={() => subview.open('register')}>
            {t('accountLinking.register')}
          </C.Link>
        </>
      )}
      {step.canRegister && !step.canSignOn && (
        <>
          <p>{t('accountLinking.registerToContinue')}</p>
          <C.Button ref={subview.opener('register')} onClick={() => subview.open('register')}>
            {t('accountLinking.register')}
          </C.Button>
        </>
      )}
    </C.Layout>
  )
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}
