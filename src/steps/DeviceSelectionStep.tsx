import type { StepProps } from '../components'
import { DeviceChoices } from '../ui/DeviceChoices'
import { useSignOn } from '../useSignOn'

/** DEVICE_SELECTION_REQUIRED: the user picks one of their MFA devices. */
export function DeviceSelectionStep({ step }: StepProps<'deviceSelection'>) {
  const { components: C, t } = useSignOn()
  return (
    <C.Layout title={t('deviceSelection.title')}>
      <p>{t('deviceSelection.intro')}</p>
      <DeviceChoices devices={step.devices} label={t('deviceSelection.label')} />
    </C.Layout>
  )
}
