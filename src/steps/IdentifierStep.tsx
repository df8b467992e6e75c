import { Suspense } from 'react'
import type { StepProps } from '../components'
import { FormError } from '../ui/FormError'
import { useSubview } from '../ui/useSubview'
import { useActionForm } from '../useActionForm'
import { useSignOn } from '../useSignOn'
import { UsernameField } from '../ui/CredentialFields'
import { RegistrationForm } from './lazy/lazySteps'

type Values = { username: string }

/**
 * SIGN_ON_REQUIRED (identifier first): the username alone, plus the external providers offered, and
 * "Create an account" when the flow offers it.
 */
export function IdentifierStep({ step, isPending }: StepProps<'identifier'>) {
  const { components: C, authenticate, lastUsername = '', t } = useSignOn()
  const { form, onSubmit } = useActionForm<Values>({
    action: 'user.lookup',
    defaultValues: { username: lastUsername },
  })
  const subview = useSubview<'register'>()
  const { errors } = form.formState
  if (subview.view === 'register') {
    return (
      <Suspense fallback={<C.LoadingStep />}>
        <RegistrationForm
          defaultValues={{ username: form.getValues('username') }}
          passwordPolicy={step.passwordPolicy}
          onCancel={subview.back}
        />
      </Suspense>
    )
  }
  return (
    <C.Layout title={t('identifier.title')}>
      <form onSubmit={onSubmit} noValidate aria-busy={isPending || undefined}>
        <FormError errors={errors} />
        <UsernameField form={form} />
        <C.Button type="submit" aria-disabled={isPending || undefined}>
          {t('identifier.submit')}
        </C.Button>
      </form>
      {step.canRegister && (
        <C.Link ref={subview.opener('register')} onClick={() => subview.open('register')}>
          {t('identifier.register')}
        </C.Link>
      )}
      <C.SocialButtons providers={step.socialProviders} onSelect={authenticate} isPending={isPending} />
    </C.Layout>
  )
}
