import type { StepProps } from '../components'
import { OtherDevices } from '../ui/DeviceChoices'
import { usePolling } from '../session/usePolling'
import { useSignOn } from '../useSignOn'

/**
 * PUSH_CONFIRMATION_REQUIRED: waits while the user answers on their phone, re-reading the flow about
 * every 2 s (paused while the tab is hidden). PingOne's answer moves the flow on by itself.
 */
export function PushStep({ step }: StepProps<'push'>) {
  const { components: C, refresh, t } = useSignOn()
  usePolling(refresh)
  const device = step.selectedDevice
  const phone = device?.nickname ?? device?.model?.marketingName
  return (
    <C.Layout title={t('push.title')}>
      <p>{phone ? t('push.sentTo', { device: phone }) : t('push.sent')}</p>
      {/* The spinner announces the wait; the words stay visible beside it, said once. */}
      <p data-slot="waiting">
        <C.Spinner label={t('push.waiting')} /> <span aria-hidden="true">{t('push.waiting')}</span>
      </p>
      <OtherDevices step={step} />
    </C.Layout>
  )
}
