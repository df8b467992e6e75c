import type { StepProps } from '../components'
import { NotYou } from '../ui/NotYou'
import { useSignOn } from '../useSignOn'

/** EXTERNAL_AUTHENTICATION_REQUIRED: the user signs on at their own identity provider (full page). */
export function ExternalAuthenticationStep({ step, isPending }: StepProps<'externalAuthentication'>) {
  const { components: C, authenticate, t } = useSignOn()
  const provider = step.identityProvider?.name
  return (
    <C.Layout title={provider ? t('externalAuthentication.title', { provider }) : t('externalAuthentication.titleUnnamed')}>
      <p>{provider ? t('externalAuthentication.intro', { provider }) : t('externalAuthentication.introUnnamed')}</p>
      <C.Button aria-disabled={isPending || undefined} onClick={() => !isPending && authenticate({ href: step.href })}>
        {provider ? t('externalAuthentication.continue', { provider }) : t('externalAuthentication.continueUnnamed')}
      </C.Button>
      <NotYou />
    </C.Layout>
  )
}
