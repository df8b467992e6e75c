import { forwardRef } from 'react'
import type { DeviceOptionProps } from '../components'

/** The default button for one MFA device. */
export const DeviceOption = forwardRef<HTMLButtonElement, Omit<DeviceOptionProps, 'ref'>>(function DeviceOption(
  { device, label, type = 'button', ...props },
  ref,
) {
  return (
    <button ref={ref} type={type} data-slot="device-option" data-device-type={device.type} {...props}>
      {label}
    </button>
  )
})
