import type { StepProps } from '../components'
import { NotYou } from '../ui/NotYou'
import { useSignOn } from '../useSignOn'

/** EXTERNAL_AUTHENTICATION_REQUIRED: the user signs on at their own identity provider (full page). */
export function ExternalAuthenticationStep({ step, isPending }: StepProps<'externalAuthentication'>) {
  const { components: C, authenticate } = useSignOn()
  const name = step.identityProvider?.name || 'your identity provider'
  return (
    <C.Layout title={`Sign on with ${name}`}>
      <p>Your account signs on with {name}. You will come back here afterwards.</p>
      <C.Button aria-disabled={isPending || undefined} onClick={() => !isPending && authenticate({ href: step.href })}>
        Continue to {name}
      </C.Button>
      <NotYou />
    </C.Layout>
  )
}
