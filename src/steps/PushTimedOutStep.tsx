import { useState } from 'react'
import type { StepProps } from '../components'
import { errorMessage } from '../errorMessage'
import { toPingOneError } from '../flow/errors'
import { OtherDevices } from '../ui/DeviceChoices'
import { useSignOn } from '../useSignOn'

/** PUSH_CONFIRMATION_TIMED_OUT: the phone did not answer in time; send again or use another device. */
export function PushTimedOutStep({ step, act, isPending }: StepProps<'pushTimedOut'>) {
  const { components: C, t } = useSignOn()
  const [error, setError] = useState<string>()
  const device = step.selectedDevice
  const retry = () => {
    if (!device || isPending) return
    setError(undefined)
    act('device.select', { device: { id: device.id } }).catch((failure: unknown) =>
      setError(errorMessage(t, toPingOneError(failure))),
    )
  }
  return (
    <C.Layout title={t('pushTimedOut.title')}>
      {error && <C.Alert>{error}</C.Alert>}
      <p>{t('pushTimedOut.intro')}</p>
      {device && step.canSwitchDevice && (
        <C.Button aria-disabled={isPending || undefined} onClick={retry}>
          {t('pushTimedOut.retry')}
        </C.Button>
      )}
      <OtherDevices step={step} open />
    </C.Layout>
  )
}
