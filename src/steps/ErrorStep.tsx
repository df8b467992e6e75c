import type { ErrorStepProps } from '../components'
import { errorMessage } from '../errorMessage'
import { useSignOn } from '../useSignOn'

const noRestart = new Set(['INVALID_CONFIG', 'NO_FLOW'])

/**
 * The sign-on cannot go on: it failed to start, expired, or could not be finished. Start again
 * is offered unless a prop is refused (`INVALID_CONFIG`: nothing was sent, and a restart would send
 * nothing either), or the page only continues flows the app starts (`NO_FLOW`). After PingOne
 * refused the set-up it is still offered: cheap, and right if the set-up was mended meanwhile.
 * When a step's code could not be loaded (`LOAD_FAILED`), `restart` tries that again, in the same flow.
 */
export function ErrorStep({ error, restart }: ErrorStepProps) {
  const { components: C, t } = useSignOn()
  const title = t(error.isFlowExpired ? 'errorStep.titleExpired' : 'errorStep.title')
  return (
    <C.Layout title={title}>
      <C.Alert>{errorMessage(t, error)}</C.Alert>
      {!noRestart.has(error.code) && (
        <C.Button onClick={restart}>{t(error.code === 'LOAD_FAILED' ? 'common.tryAgain' : 'common.restart')}</C.Button>
      )}
    </C.Layout>
  )
}
