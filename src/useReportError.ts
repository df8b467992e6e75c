import { useEffect, useRef } from 'react'
import type { PingOneError } from './flow/errors'
import { useLatest } from './useLatest'

/** Calls `onError` once for each new error object (StrictMode's double effects included). */
export function useReportError(error: PingOneError | null, onError?: (error: PingOneError) => void) {
  const onErrorRef = useLatest(onError)
  const reported = useRef<PingOneError | null>(null)
  useEffect(() => {
    if (!error || reported.current === error) return
    reported.current = error
    onErrorRef.current?.(error)
  }, [error, onErrorRef])
}
