import type { StepProps } from '../components'
import type { StepKind } from '../flow/toStep'
import { useSignOn } from '../useSignOn'

// INTERIM (issue 3): stands in for step slots still being built; each is replaced as it lands.
export function NotBuiltYet<K extends StepKind>({ step, restart }: StepProps<K>) {
  const { components: C } = useSignOn()
  return (
    <C.Layout title="This step is not supported">
      <C.Alert tone="info">
        PingOne asked for a step this page cannot show: <code>{step.flow.status}</code>.
      </C.Alert>
      <C.Button onClick={restart}>Start again</C.Button>
    </C.Layout>
  )
}
