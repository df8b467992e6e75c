import type { StepProps } from '../components'
import { DeviceChoices } from '../ui/DeviceChoices'
import { useSignOn } from '../useSignOn'

/** DEVICE_SELECTION_REQUIRED: the user picks one of their MFA devices. */
export function DeviceSelectionStep({ step }: StepProps<'deviceSelection'>) {
  const { components: C } = useSignOn()
  return (
    <C.Layout title="Verify it’s you">
      <p>Choose how to confirm your sign-on.</p>
      <DeviceChoices devices={step.devices} label="Verification methods" />
    </C.Layout>
  )
}
