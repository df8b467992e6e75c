import type { PingOneError } from '../flow/errors'
import { errorMessage } from '../errorMessage'
import { useSignOn } from '../useSignOn'

/** The last action's error, for steps that have buttons but no form (consent, agreement). */
export function StepError({ error }: { error: PingOneError | null }) {
  const { components, t } = useSignOn()
  return error && !error.isFlowExpired ? <components.Alert>{errorMessage(t, error)}</components.Alert> : null
}
