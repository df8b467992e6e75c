import type { StepProps } from '../components'
import { NotYou } from '../ui/NotYou'
import { StepError } from '../ui/StepError'
import { useSignOn } from '../useSignOn'

/** DAG_CONSENT_REQUIRED: allow or deny the device that showed the code, for this application. */
export function DeviceConsentStep({ step, act, isPending, error }: StepProps<'deviceConsent'>) {
  const { components: C } = useSignOn()
  const application = step.applicationName || 'the application'
  const answer = (accept: boolean) => {
    if (!isPending) act('deviceAuthGrant.consent', { accept }).catch(() => undefined)
  }
  return (
    <C.Layout title="Allow this device?">
      <StepError error={error} />
      <p>A device is asking to use {application} as you. Allow it only if you started this on your own device.</p>
      <C.Button aria-disabled={isPending || undefined} onClick={() => answer(true)}>
        Allow
      </C.Button>
      <C.Button variant="secondary" aria-disabled={isPending || undefined} onClick={() => answer(false)}>
        Deny
      </C.Button>
      <NotYou />
    </C.Layout>
  )
}
