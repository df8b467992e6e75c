import type { StepProps } from '../components'
import { OtherDevices } from '../ui/DeviceChoices'
import { usePolling } from '../usePolling'
import { useSignOn } from '../useSignOn'

/**
 * PUSH_CONFIRMATION_REQUIRED: waits while the user answers on their phone, re-reading the flow about
 * every 2 s (paused while the tab is hidden). PingOne's answer moves the flow on by itself.
 */
export function PushStep({ step }: StepProps<'push'>) {
  const { components: C, refresh } = useSignOn()
  usePolling(refresh)
  const device = step.selectedDevice
  const phone = device?.nickname ?? device?.model?.marketingName ?? 'your phone'
  return (
    <C.Layout title="Approve the sign-on on your phone">
      <p>We sent a notification to {phone}. Open it and approve the sign-on.</p>
      <p role="status" data-slot="waiting">
        Waiting for your approval…
      </p>
      <OtherDevices step={step} />
    </C.Layout>
  )
}
