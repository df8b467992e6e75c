import { useQuery, type QueryClient } from '@tanstack/react-query'
import { useEffect, useMemo, useRef } from 'react'
import type { ResolvedConfig } from './flow/config'
import { toPingOneError } from './flow/errors'
import { trustedUrl } from './flow/http'
import { completeSignOn, type SignOnResult } from './flow/result'
import type { FlowSession } from './flow/startFlow'
import { forgetTransaction } from './flow/transactionStore'
import { forgetFlowIdInLocation } from './location'
import { useLatest } from './useLatest'

/**
 * Finishes the sign-on once the flow is COMPLETED: in pi.flow mode, one resume and one delivery of
 * the code to `onComplete`; in redirect mode, one navigation to `resumeUrl` (also for FAILED).
 */
export function useCompletion(
  config: ResolvedConfig,
  client: QueryClient,
  session: FlowSession | undefined,
  onComplete?: (result: SignOnResult) => void,
) {
  const flow = session?.flow
  const transaction = session?.transaction ?? null
  const isCompleted = flow?.status === 'COMPLETED'

  const resumeQuery = useQuery(
    {
      queryKey: ['pingone-signon', 'resume', flow?.id],
      queryFn: () => completeSignOn(config, flow!, transaction!),
      enabled: isCompleted && transaction !== null,
    },
    client,
  )

  const onCompleteRef = useLatest(onComplete)
  const delivered = useRef<string | null>(null)
  const result = resumeQuery.data
  useEffect(() => {
    if (!result || !flow || delivered.current === flow.id) return
    delivered.current = flow.id
    forgetTransaction(flow.id)
    forgetFlowIdInLocation()
    onCompleteRef.current?.(result)
  }, [result, flow, onCompleteRef])

  const redirect = useMemo(() => {
    const ends = flow?.status === 'COMPLETED' || flow?.status === 'FAILED'
    if (!flow || transaction || !ends) return null
    try {
      return { url: trustedUrl(config, flow.resumeUrl), error: null }
    } catch (error) {
      return { url: null, error: toPingOneError(error) }
    }
  }, [config, flow, transaction])
  const navigated = useRef<string | null>(null)
  useEffect(() => {
    if (!redirect?.url || !flow || navigated.current === flow.id) return
    navigated.current = flow.id
    window.location.assign(redirect.url.href)
  }, [redirect, flow])

  return {
    result,
    isResuming: resumeQuery.isFetching,
    error: (resumeQuery.error ? toPingOneError(resumeQuery.error) : null) ?? redirect?.error ?? null,
  }
}
