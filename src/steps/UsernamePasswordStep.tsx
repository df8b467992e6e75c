import { Suspense } from 'react'
import type { StepProps } from '../components'
import { FormError } from '../ui/FormError'
import { useSubview } from '../ui/useSubview'
import { useActionForm } from '../useActionForm'
import { useSignOn } from '../useSignOn'
import { UsernameField, PasswordField } from '../ui/CredentialFields'
import { ForgotPasswordForm, RegistrationForm } from './lazy/lazySteps'

type Values = { username: string; password: string }

/**
 * USERNAME_PASSWORD_REQUIRED: username and password, plus the external providers offered, and
 * "Forgot password?" and "Create an account" when the flow offers them.
 */
export function UsernamePasswordStep({ step, isPending }: StepProps<'usernamePassword'>) {
  const { components: C, authenticate, lastUsername = '', t } = useSignOn()
  const { form, onSubmit } = useActionForm<Values>({
    action: 'usernamePassword.check',
    defaultValues: { username: lastUsername, password: '' },
    secretFields: ['password'],
  })
  const subview = useSubview<'forgot' | 'register'>()
  const { errors } = form.formState
  if (subview.view) {
    return (
      <Suspense fallback={<C.LoadingStep />}>
        {subview.view === 'forgot' ? (
          <ForgotPasswordForm defaultUsername={form.getValues('username')} onCancel={subview.back} />
        ) : (
          <RegistrationForm
            defaultValues={{ username: form.getValues('username') }}
            passwordPolicy={step.passwordPolicy}
            onCancel={subview.back}
          />
        )}
      </Suspense>
    )
  }
  return (
    <C.Layout title={t('usernamePassword.title')}>
      <form onSubmit={onSubmit} noValidate aria-busy={isPending || undefined}>
        <FormError errors={errors} />
        <UsernameField form={form} />
        <PasswordField form={form} />
        <C.Button type="submit" aria-disabled={isPending || undefined}>
          {t('usernamePassword.submit')}
        </C.Button>
      </form>
      {step.canRecoverPassword && (
        <C.Link ref={subview.opener('forgot')} onClick={() => subview.open('forgot')}>
          {t('usernamePassword.forgotPassword')}
        </C.Link>
      )}
      {step.canRegister && (
        <C.Link ref={subview.opener('register')} onClick={() => subview.open('register')}>
          {t('usernamePassword.register')}
        </C.Link>
      )}
      <C.SocialButtons providers={step.socialProviders} onSelect={authenticate} isPending={isPending} />
    </C.Layout>
  )
}
