import type { StepProps } from '../components'
import { NotYou } from '../ui/NotYou'
import { StepError } from '../ui/StepError'
import { useSignOn } from '../useSignOn'

/** DAG_CONSENT_REQUIRED: allow or deny the device that showed the code, for this application. */
export function DeviceConsentStep({ step, act, isPending, error }: StepProps<'deviceConsent'>) {
  const { components: C, t } = useSignOn()
  const answer = (accept: boolean) => {
    if (!isPending) act('deviceAuthGrant.consent', { accept }).catch(() => undefined)
  }
  return (
    <C.Layout title={t('deviceConsent.title')}>
      <StepError error={error} />
      <p>
        {step.applicationName
          ? t('deviceConsent.intro', { application: step.applicationName })
          : t('deviceConsent.introUnnamed')}
      </p>
      <C.Button aria-disabled={isPending || undefined} onClick={() => answer(true)}>
        {t('deviceConsent.allow')}
      </C.Button>
      <C.Button variant="secondary" aria-disabled={isPending || undefined} onClick={() => answer(false)}>
        {t('deviceConsent.deny')}
      </C.Button>
      <NotYou />
    </C.Layout>
  )
}
