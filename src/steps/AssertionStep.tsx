import type { StepProps } from '../components'
import { OtherDevices } from '../ui/DeviceChoices'
import { useSecurityKey } from './useSecurityKey'
import { useSignOn } from '../useSignOn'

/**
 * ASSERTION_REQUIRED (FIDO2): the user presses "Use security key" and answers the browser's prompt.
 * Without WebAuthn, or after a cancelled prompt, the other devices are listed.
 */
export function AssertionStep({ step, isPending }: StepProps<'assertion'>) {
  const { components: C, t } = useSignOn()
  const { supported, prompting, problem, start } = useSecurityKey(step.requestOptions)
  const busy = isPending || prompting
  return (
    <C.Layout title={t('assertion.title')}>
      {!supported ? (
        <C.Alert>{t('assertion.unsupported')}</C.Alert>
      ) : (
        <>
          {problem && <C.Alert>{problem}</C.Alert>}
          <p>{t('assertion.intro')}</p>
          <C.Button aria-disabled={busy || undefined} onClick={() => !busy && void start()}>
            {t('assertion.start')}
          </C.Button>
        </>
      )}
      <OtherDevices step={step} open={!supported || Boolean(problem)} />
    </C.Layout>
  )
}
