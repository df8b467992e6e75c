import { useState } from 'react'
import { errorMessage } from '../errorMessage'
import { toPingOneError } from '../flow/errors'
import { useSignOn } from '../useSignOn'

/**
 * "Not you? Sign on as someone else": `session.reset`, shown only when the flow offers it (every
 * status with a user, until the sign-on completes).
 */
export function NotYou() {
  const { components: C, flow, act, isPending, t } = useSignOn()
  const [error, setError] = useState<string | null>(null)
  if (!flow?._links['session.reset']) return null
  const reset = () => {
    if (isPending) return
    setError(null)
    act('session.reset').catch((failure: unknown) => setError(errorMessage(t, toPingOneError(failure))))
  }
  return (
    <div data-slot="not-you">
      {error && <C.Alert>{error}</C.Alert>}
      <p>
        {t('notYou.prompt')}{' '}
        <C.Link aria-disabled={isPending || undefined} onClick={reset}>
          {t('notYou.switch')}
        </C.Link>
      </p>
    </div>
  )
}
