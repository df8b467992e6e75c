import { useQuery, type QueryClient } from '@tanstack/react-query'
import { useEffect, useMemo, useRef, useState } from 'react'
import type { ResolvedConfig } from '../flow/config'
import { toPingOneError } from '../flow/errors'
import { trustedUrl } from '../flow/http'
import { completeSignOn, type SignOnResult } from '../flow/result'
import type { FlowSession } from '../flow/startFlow'
import { forgetOtherTransactions, forgetTransaction } from '../flow/transactionStore'
import { forgetFlowIdInLocation } from './location'
import { useLatest } from '../support/useLatest'

const resumeKey = (flowId: string | undefined) => ['pingone-signon', 'resume', flowId] as const

/**
 * Finishes the sign-on once the flow is COMPLETED: in pi.flow mode, one resume and one delivery of
 * the code to `onComplete`; in redirect mode, one navigation to `resumeUrl` (also for FAILED).
 * Once delivered, the code and the PKCE secrets are kept only in the result handed over.
 */
export function useCompletion(
  config: ResolvedConfig,
  client: QueryClient,
  session: FlowSession | undefined,
  onComplete?: (result: SignOnResult) => void,
) {
  const flow = session?.flow
  const transaction = session?.transaction ?? null
  const [delivered, setDelivered] = useState<{ flowId: string; result: SignOnResult } | null>(null)
  const result = flow && delivered?.flowId === flow.id ? delivered.result : undefined
  const isDelivered = result !== undefined

  const resumeQuery = useQuery<SignOnResult | null>(
    {
      queryKey: resumeKey(flow?.id),
      queryFn: () => completeSignOn(config, flow!, transaction!),
      enabled: flow?.status === 'COMPLETED' && transaction !== null && !isDelivered,
    },
    client,
  )

  const onCompleteRef = useLatest(onComplete)
  const deliveredFlow = useRef<string | null>(null)
  const resumed = resumeQuery.data
  useEffect(() => {
    if (!resumed || !flow || deliveredFlow.current === flow.id) return
    deliveredFlow.current = flow.id
    forgetTransaction(flow.id)
    forgetFlowIdInLocation()
    setDelivered({ flowId: flow.id, result: resumed })
    onCompleteRef.current?.(resumed)
  }, [resumed, flow, onCompleteRef])

  const flowId = flow?.id
  useEffect(() => {
    if (isDelivered && flowId) forgetSecrets(client, flowId)
  }, [isDelivered, client, flowId])

  // A tab holds one sign-on: a transaction kept for another flow was abandoned (Back from the
  // provider, a restart). Housekeeping, so after the step is on screen: reading sessionStorage's
  // keys takes a few milliseconds.
  useEffect(() => {
    if (!flowId) return
    const later = setTimeout(() => forgetOtherTransactions(flowId))
    return () => clearTimeout(later)
  }, [flowId])
  // One whose flow ended without a code is of no more use either.
  const failed = flow?.status === 'FAILED' || resumeQuery.isError
  useEffect(() => {
    if (flowId && failed) forgetTransaction(flowId)
  }, [flowId, failed])

  const redirect = useMemo(() => {
    const ends = flow?.status === 'COMPLETED' || flow?.status === 'FAILED'
    if (!flow || transaction || !ends || isDelivered) return null
    try {
      return { url: trustedUrl(config, flow.resumeUrl), error: null }
    } catch (error) {
      return { url: null, error: toPingOneError(error) }
    }
  }, [config, flow, transaction, isDelivered])
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

/**
 * Drops the delivered code and the PKCE transaction from the kit's cache: the resume answer, the
 * session's transaction, and an `authorizeResponse` PingOne may have put in the flow itself.
 */
function forgetSecrets(client: QueryClient, flowId: string) {
  client.setQueryData<SignOnResult | null>(resumeKey(flowId), null)
  client.setQueriesData<FlowSession>({ queryKey: ['pingone-signon', 'flow'] }, (session) => {
    if (!session || session.flow.id !== flowId) return session
    const { authorizeResponse, ...flow } = session.flow
    return { flow: authorizeResponse ? flow : session.flow, transaction: null }
  })
}
