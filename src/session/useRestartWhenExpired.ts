import { useCallback, useEffect, useRef, useState } from 'react'
import type { PingOneError } from '../flow/errors'

/** Why the sign-on shows what it shows, beyond the step itself; see `SignOnState.notice`. */
export type SignOnNotice = 'flowExpired'

/**
 * Starts a new flow when the current one expires (PingOne forgets a flow after 15 idle minutes), so
 * the user gets a fresh first step, with the username they typed, instead of a dead end. Returns
 * the notice to show until the user acts again.
 */
export function useRestartWhenExpired(expiredError: PingOneError | null, restart: () => void) {
  const [notice, setNotice] = useState<SignOnNotice | null>(null)
  const handled = useRef<PingOneError | null>(null)
  useEffect(() => {
    if (!expiredError || handled.current === expiredError) return
    handled.current = expiredError
    setNotice('flowExpired')
    restart()
  }, [expiredError, restart])
  const clearNotice = useCallback(() => setNotice(null), [])
  return { notice, clearNotice }
}
