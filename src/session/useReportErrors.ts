import { useEffect, useRef } from 'react'
import type { ResolvedConfig } from '../flow/config'
import type { PingOneError } from '../flow/errors'
import { setupHint } from './setupHint'
import { useLatest } from '../support/useLatest'

// The host's bundler writes "production" here in production builds, and drops what it guards.
declare const process: { env: { NODE_ENV?: string } }

/**
 * Calls `onError` once for each new error object among `errors` (StrictMode's double effects
 * included). In development builds, a set-up mistake also gets one console message saying what to fix.
 */
export function useReportErrors(errors: (PingOneError | null)[], onError: ((error: PingOneError) => void) | undefined, config: ResolvedConfig) {
  const onErrorRef = useLatest(onError)
  const reported = useRef(new WeakSet<PingOneError>())
  useEffect(() => {
    for (const error of errors) {
      if (!error || reported.current.has(error)) continue
      reported.current.add(error)
      if (process.env.NODE_ENV !== 'production') {
        const hint = setupHint(error, config)
        if (hint) console.error(hint)
      }
      onErrorRef.current?.(error)
    }
  })
}
