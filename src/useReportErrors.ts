import { useEffect, useRef } from 'react'
import type { PingOneError } from './flow/errors'
import { useLatest } from './useLatest'

/** Calls `onError` once for each new error object among `errors` (StrictMode's double effects included). */
export function useReportErrors(errors: (PingOneError | null)[], onError?: (error: PingOneError) => void) {
  const onErrorRef = useLatest(onError)
  const reported = useRef(new WeakSet<PingOneError>())
  useEffect(() => {
    for (const error of errors) {
      if (!error || reported.current.has(error)) continue
      reported.current.add(error)
      onErrorRef.current?.(error)
    }
  })
}
