import type { StepProps } from '../components'
import { failureMessage } from '../errorMessage'
import { useSignOn } from '../useSignOn'

/** FAILED: the flow cannot go on (terms declined, device denied, too many wrong codes, ...). */
export function FailedStep({ step, restart }: StepProps<'failed'>) {
  const { components: C, t } = useSignOn()
  const reason = failureMessage(t, step.code)
  // PingOne's own words stay text; they add detail when the code is one the kit explains.
  const detail = step.message && step.message !== reason ? step.message : undefined
  return (
    <C.Layout title={t('failedStep.title')}>
      <C.Alert>{reason ?? detail ?? t('failedStep.unknownReason')}</C.Alert>
      {reason && detail && <p data-slot="detail">{detail}</p>}
      <C.Button onClick={restart}>{t('common.restart')}</C.Button>
    </C.Layout>
  )
}
