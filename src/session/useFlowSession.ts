import { useMutation, useQuery, type QueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useMemo, useState } from 'react'
import { act as postAction, readFlow } from '../flow/api'
import type { ResolvedConfig } from '../flow/config'
import { toPingOneError, type PingOneError } from '../flow/errors'
import { startFlow, type FlowSession } from '../flow/startFlow'
import type { Flow, FlowAction } from '../flow/types'
import { forgetFlowIdInLocation } from './location'
import { takeOver, type StartedSignOn } from '../startSignOn'
import { useIsomorphicLayoutEffect } from '../support/useIsomorphicLayoutEffect'

/** The request body of one action, handed over once so the cache never keeps a password. */
type OneShotBody = { take(): Record<string, unknown> | undefined }

function oneShot(body: Record<string, unknown> | undefined): OneShotBody {
  let value = body
  return {
    take() {
      const taken = value
      value = undefined
      return taken
    },
  }
}

type ActVariables = { key: readonly unknown[]; flow: Flow; action: FlowAction; body: OneShotBody }

/**
 * The current flow: one authorize (or one read of `initialFlowId`) per mount and per restart, then
 * one POST per action. The query cache holds exactly one flow; nothing else is state. While `held`
 * (PingOne's error in the page address, a refused config), nothing starts. A flow is shown once
 * `prepare` has settled for it (the chunk of the step it needs has arrived): until then the step
 * before stays, pending.
 */
export function useFlowSession(
  config: ResolvedConfig,
  client: QueryClient,
  initialFlowId: string | null,
  started: StartedSignOn | undefined,
  held = false,
  prepare: (flow: Flow) => Promise<void> = async () => {},
) {
  const prepared = (flow: Flow) => prepare(flow).then(() => flow)
  const preparedSession = (session: FlowSession) => prepare(session.flow).then(() => session)
  const [attempt, setAttempt] = useState(0)
  const key = useMemo(
    () => ['pingone-signon', 'flow', config.environmentUrl, config.clientId, attempt] as const,
    [config.environmentUrl, config.clientId, attempt],
  )
  // The first sign-on may have been started before React rendered (startSignOn): taken over once
  // per mount (both of StrictMode's renders), claimed once mounted, and used for the first attempt
  // only: "Start again" starts a new sign-on.
  const [taken] = useState(() => takeOver(started, config, initialFlowId))
  useEffect(() => taken?.claim(), [taken])
  const early = attempt === 0 ? taken : undefined
  // Not React Query's abort signal: it fires on StrictMode's trial unmount, which would start a
  // second authorize. `config.signal` cancels the request on a real unmount only.
  const queryFn = () => (early?.session ?? startFlow(config, attempt === 0 ? initialFlowId : null)).then(preparedSession)
  const enabled = !held
  const query = useQuery({ queryKey: key, queryFn, initialData: early?.current(), enabled }, client)
  // useQuery fetches from a passive effect, after the browser paints the loading step; the sign-on
  // waits on this one round trip, so it starts before the paint. The query's own fetch then finds
  // it under way (one request, StrictMode included); once there is data, this does nothing.
  useIsomorphicLayoutEffect(() => {
    if (enabled) void client.prefetchQuery({ queryKey: key, queryFn })
    // queryFn is this render's; key names everything it reads.
  }, [client, key, enabled])
  const mutation = useMutation(
    {
      mutationFn: ({ flow, action, body }: ActVariables) => postAction(config, flow, action, body.take()).then(prepared),
      onSuccess: (flow, { key }) =>
        client.setQueryData<FlowSession>(key, (session) => session && { ...session, flow }),
    },
    client,
  )
  const { mutateAsync, reset } = mutation

  // When an action got no usable answer, PingOne may still have acted on it: read the flow again
  // (a GET, never a repeat of the action) and show the step it is really at.
  // The error stays worth reporting to the host, though the user is shown the step, not the error.
  const [resyncedError, setResyncedError] = useState<PingOneError | null>(null)
  const resync = useCallback(
    async (sent: Flow, error: PingOneError) => {
      const current = await readFlow(config, sent).then(prepared, () => undefined)
      if (!current || current.status === sent.status) return
      client.setQueryData<FlowSession>(key, (session) => (session?.flow === sent ? { ...session, flow: current } : session))
      setResyncedError(error)
      reset()
    },
    [client, config, key, reset],
  )

  const flow = query.data?.flow
  // What the user typed survives a restart (after an expired flow, say); a password never does.
  const [lastUsername, setLastUsername] = useState<string>()
  const act = useCallback(
    (action: FlowAction, body?: Record<string, unknown>): Promise<Flow> => {
      if (!flow) return Promise.reject(toPingOneError(new Error('The sign-on has not started yet.')))
      if (typeof body?.username === 'string') setLastUsername(body.username)
      return mutateAsync({ key, flow, action, body: oneShot(body) }).then(
        (next) => {
          // The answer lives in the flow query alone: a COMPLETED answer may carry the code.
          reset()
          return next
        },
        async (thrown: unknown) => {
          const error = toPingOneError(thrown)
          if (isOutcomeUnknown(error)) await resync(flow, error)
          throw error
        },
      )
    },
    [flow, mutateAsync, key, resync],
  )
  // Push polling re-reads the latest flow into the cache; an answer that comes back after the flow
  // moved on (an action answered meanwhile) is dropped. Only a flow that is gone, or that PingOne
  // no longer lets this browser read, is worth a state.
  const [refreshError, setRefreshError] = useState<PingOneError | null>(null)
  const refresh = useCallback(async (): Promise<Flow | undefined> => {
    const before = client.getQueryData<FlowSession>(key)?.flow
    if (!before) return undefined
    try {
      const next = await readFlow(config, before).then(prepared)
      client.setQueryData<FlowSession>(key, (session) => (session?.flow === before ? { ...session, flow: next } : session))
      return next
    } catch (error) {
      const failure = toPingOneError(error)
      if (failure.isFlowExpired || failure.code === 'COOKIES_BLOCKED') setRefreshError(failure)
      throw failure
    }
  }, [client, config, key])
  const restart = useCallback(() => {
    reset()
    setRefreshError(null)
    forgetFlowIdInLocation()
    setAttempt((n) => n + 1)
  }, [reset])

  const startError = query.error ? toPingOneError(query.error) : null
  const actionError = mutation.error ? toPingOneError(mutation.error) : null
  // A flow that expired under the user: the action's, the poll's, or the one named by the page address.
  const readFlowId = attempt === 0 && initialFlowId !== null
  const expiredError =
    (actionError?.isFlowExpired && actionError) ||
    refreshError ||
    (readFlowId && startError?.isFlowExpired && startError) ||
    null

  return {
    session: query.data,
    startError,
    actionError,
    refreshError,
    resyncedError,
    expiredError,
    isPending: mutation.isPending,
    lastUsername,
    act,
    refresh,
    restart,
  }
}

/** No answer, or one that cannot be read: the action may or may not have happened. */
function isOutcomeUnknown(error: PingOneError): boolean {
  if (error.status >= 500) return true
  return error.status === 0 && ['NETWORK_ERROR', 'TIMEOUT', 'INVALID_RESPONSE'].includes(error.code)
}
