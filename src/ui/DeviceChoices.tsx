import { useState } from 'react'
import { errorMessage } from '../errorMessage'
import { toPingOneError } from '../flow/errors'
import type { FlowDevice } from '../flow/types'
import { useSignOn } from '../useSignOn'
import { deviceLabel } from './deviceText'

/** One button per MFA device; choosing one sends `device.select`. Errors show above the list. */
export function DeviceChoices({ devices, label }: { devices: FlowDevice[]; label: string }) {
  const { components: C, act, isPending, t } = useSignOn()
  const [error, setError] = useState<string>()
  const select = (device: FlowDevice) => {
    if (isPending) return
    setError(undefined)
    act('device.select', { device: { id: device.id } }).catch((failure: unknown) =>
      setError(errorMessage(t, toPingOneError(failure))),
    )
  }
  return (
    <div role="group" aria-label={label} data-slot="devices">
      {error && <C.Alert>{error}</C.Alert>}
      {devices.map((device) => (
        <C.DeviceOption
          key={device.id}
          device={device}
          label={deviceLabel(t, device)}
          aria-disabled={isPending || undefined}
          onClick={() => select(device)}
        />
      ))}
    </div>
  )
}

/** What the MFA steps know about devices (see `Step`). */
type DeviceStep = { devices: FlowDevice[]; selectedDevice: FlowDevice | undefined; canSwitchDevice: boolean }

/**
 * "Use another method": the user's other devices, behind a link unless `open` (when the current one
 * cannot be used). Nothing when PingOne offers no `device.select` or there is no other device.
 */
export function OtherDevices({ step, open = false }: { step: DeviceStep; open?: boolean }) {
  const { components: C, t } = useSignOn()
  const [shown, setShown] = useState(open)
  const others = step.devices.filter((device) => device.id !== step.selectedDevice?.id)
  if (!step.canSwitchDevice || others.length === 0) return null
  if (!shown && !open) return <C.Link onClick={() => setShown(true)}>{t('devices.otherMethod')}</C.Link>
  return <DeviceChoices devices={others} label={t('devices.otherMethods')} />
}
