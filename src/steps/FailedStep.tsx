import type { StepProps } from '../components'
import { failureMessage } from '../errorMessage'
import { useSignOn } from '../useSignOn'

/** FAILED: the flow cannot go on (terms declined, device denied, too many wrong codes, ...). */
export function FailedStep({ step, restart }: StepProps<'failed'>) {
  const { components: C } = useSignOn()
  const reason = failureMessage(step.flow.error?.code)
  // PingOne's own words stay text; they add detail when the code is one the kit explains.
  const detail = step.message && step.message !== reason ? step.message : undefined
  return (
    <C.Layout title="Sign-on failed">
      <C.Alert>{reason ?? detail ?? 'PingOne ended this sign-on.'}</C.Alert>
      {reason && detail && <p data-slot="detail">{detail}</p>}
      <C.Button onClick={restart}>Start again</C.Button>
    </C.Layout>
  )
}
