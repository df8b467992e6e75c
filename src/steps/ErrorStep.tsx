import type { ErrorStepProps } from '../components'
import { errorMessage } from '../errorMessage'
import { useSignOn } from '../useSignOn'

/** The sign-on cannot go on: it failed to start, expired, or could not be finished. */
export function ErrorStep({ error, restart }: ErrorStepProps) {
  const { components: C } = useSignOn()
  const title = error.isFlowExpired ? 'Your sign-on expired' : 'Sign-on interrupted'
  return (
    <C.Layout title={title}>
      <C.Alert>{errorMessage(error)}</C.Alert>
      <C.Button onClick={restart}>Start again</C.Button>
    </C.Layout>
  )
}
