import type { StepProps } from '../components'
import { useSignOn } from '../useSignOn'

/** FAILED: the flow cannot go on (for example, terms were declined). */
export function FailedStep({ step, restart }: StepProps<'failed'>) {
  const { components: C } = useSignOn()
  return (
    <C.Layout title="Sign-on failed">
      <C.Alert>{step.message ?? 'PingOne ended this sign-on.'}</C.Alert>
      <C.Button onClick={restart}>Start again</C.Button>
    </C.Layout>
  )
}
