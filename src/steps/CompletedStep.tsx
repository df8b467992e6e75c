import type { StepProps } from '../components'
import { useSignOn } from '../useSignOn'

/** COMPLETED: PingOne is done; the code is on its way to the app. */
export function CompletedStep(_props: StepProps<'completed'>) {
  const { components: C } = useSignOn()
  return (
    <C.Layout title="Signing you in">
      <p role="status">One moment…</p>
    </C.Layout>
  )
}
