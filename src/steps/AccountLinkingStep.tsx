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
  const { components: C } = useSignOn()
  const { form, onSubmit } = useActionForm<Values>({
    action: 'usernamePassword.check',
    defaultValues: { username: '', password: '' },
    secretFields: ['password'],
  })
  const subview = useSubview<'register'>()
  const { errors } = form.formState
  const provider = step.identityProvider?.name || 'external'
  if (subview.view === 'register') {
    return (
      <RegistrationForm
        defaultValues={{ username: text(step.attributes.username), email: text(step.attributes.email) }}
        passwordPolicy={step.flow._embedded?.passwordPolicy}
        onCancel={subview.back}
      />
    )
  }
  return (
    <C.Layout title={`Link your ${provider} account`}>
      <p>
        Your {provider} account is not linked to an account here yet.
        {step.canSignOn && ' Sign on to link it.'}
        {step.canRegister && (step.canSignOn ? ' New here? Create an account instead.' : ' Create an account to continue.')}
      </p>
      {step.canSignOn && (
        <form onSubmit={onSubmit} noValidate aria-busy={isPending || undefined}>
          <FormError errors={errors} />
          <UsernameField form={form} />
          <PasswordField form={form} />
          <C.Button type="submit" aria-disabled={isPending || undefined}>
            Sign on and link
          </C.Button>
        </form>
      )}
      {step.canRegister && (
        <C.Button variant={step.canSignOn ? 'link' : 'primary'} ref={subview.opener('register')} onClick={() => subview.open('register')}>
          Create an account
        </C.Button>
      )}
    </C.Layout>
  )
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}
