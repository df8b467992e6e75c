import type { StepProps } from '../components'
import { FormError } from '../ui/FormError'
import { useActionForm } from '../useActionForm'
import { useSignOn } from '../useSignOn'

type Values = { username: string; password: string }

/** USERNAME_PASSWORD_REQUIRED: username and password, plus the external providers offered. */
export function UsernamePasswordStep({ step, isPending }: StepProps<'usernamePassword'>) {
  const { components: C, authenticate, lastUsername = '' } = useSignOn()
  const { form, onSubmit } = useActionForm<Values>({
    action: 'usernamePassword.check',
    defaultValues: { username: lastUsername, password: '' },
    secretFields: ['password'],
  })
  const { errors } = form.formState
  return (
    <C.Layout title="Sign on">
      <form onSubmit={onSubmit} noValidate aria-busy={isPending || undefined}>
        <FormError errors={errors} />
        <C.TextField
          label="Username"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          error={errors.username?.message}
          {...form.register('username', { required: 'Enter your username.' })}
        />
        <C.TextField
          label="Password"
          type="password"
          autoComplete="current-password"
          error={errors.password?.message}
          {...form.register('password', { required: 'Enter your password.' })}
        />
        <C.Button type="submit" aria-disabled={isPending || undefined}>
          Sign on
        </C.Button>
      </form>
      <C.SocialButtons providers={step.socialProviders} onSelect={authenticate} isPending={isPending} />
    </C.Layout>
  )
}
