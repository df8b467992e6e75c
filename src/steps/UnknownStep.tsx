import type { StepProps } from '../components'
import { useSignOn } from '../useSignOn'

/** Any status this kit cannot show yet: names it and offers a fresh start. */
export function UnknownStep({ step, restart }: StepProps<'unknown'>) {
  const { components: C } = useSignOn()
  return (
    <C.Layout title="This step is not supported">
      <C.Alert tone="info">
        PingOne asked for a step this page cannot show: <code>{step.status}</code>.
      </C.Alert>
      <C.Button onClick={restart}>Start again</C.Button>
    </C.Layout>
  )
}
