import type { StepProps } from '../components'
import { ForgotPasswordForm } from '../ui/ForgotPasswordForm'
import { FormError } from '../ui/FormError'
import { RegistrationForm } from '../ui/RegistrationForm'
import { useSubview } from '../ui/useSubview'
import { useActionForm } from '../useActionForm'
import { useSignOn } from '../useSignOn'
import { UsernameField, PasswordField } from '../ui/CredentialFields'

type Values = { username: string; password: string }

/**
 * USERNAME_PASSWORD_REQUIRED: username and password, plus the external providers offered, and
 * "Forgot password?" and "Create an account" when the flow offers them.
 */
export function UsernamePasswordStep({ step, isPending }: StepProps<'usernamePassword'>) {
  const { components: C, authenticate, lastUsername = '' } = useSignOn()
  const { form, onSubmit } = useActionForm<Values>({
    action: 'usernamePassword.check',
    defaultValues: { username: lastUsername, password: '' },
    secretFields: ['password'],
  })
  const subview = useSubview<'forgot' | 'register'>()
  const { errors } = form.formState
  if (subview.view === 'forgot') {
    return <ForgotPasswordForm defaultUsername={form.getValues('username')} onCancel={subview.back} />
  }
  if (subview.view === 'register') {
    return (
      <RegistrationForm
        defaultValues={{ username: form.getValues('username') }}
        passwordPolicy={step.passwordPolicy}
        onCancel={subview.back}
      />
    )
  }
  return (
    <C.Layout title="Sign on">
      <form onSubmit={onSubmit} noValidate aria-busy={isPending || undefined}>
        <FormError errors={errors} />
        <UsernameField form={form} />
        <PasswordField form={form} />
        <C.Button type="submit" aria-disabled={isPending || undefined}>
          Sign on
        </C.Button>
      </form>
      {step.canRecoverPassword && (
        <C.Button variant="link" ref={subview.opener('forgot')} onClick={() => subview.open('forgot')}>
          Forgot password?
        </C.Button>
      )}
      {step.canRegister && (
        <C.Button variant="link" ref={subview.opener('register')} onClick={() => subview.open('register')}>
          Create an account
        </C.Button>
      )}
      <C.SocialButtons providers={step.socialProviders} onSelect={authenticate} isPending={isPending} />
    </C.Layout>
  )
}
