import type { Flow, FlowAction, FlowEmbedded, FlowStatus } from '../../src/flow/types'
import type { Ctx } from '../state/context'
import type { FlowRecord } from '../state/store'

/** What an action did: an error to send, or success. */
export type ActionResult = { error: Response } | { error?: never }

/** Performs one flow action on `flow` (mutating it) and says how it went. */
export type ActionHandler = (
  ctx: Ctx,
  flow: FlowRecord,
  body: Record<string, unknown>,
) => ActionResult | Promise<ActionResult>

/**
 * One area of PingOne's sign-on policy (sign-on, passwords, MFA, ...). Features are merged: the
 * actions a status offers, the handlers, what the flow JSON shows, and the policy stages that run
 * after the user is authenticated, in feature order.
 */
export type Feature = {
  /** The actions each status offers; each becomes a `_links` key. */
  actions?: Partial<Record<FlowStatus, FlowAction[]>>
  handlers?: Partial<Record<FlowAction, ActionHandler>>
  /** Extra `_embedded` entries and top-level fields for the flow's current status. */
  view?: (ctx: Ctx, flow: FlowRecord) => { embedded?: FlowEmbedded; fields?: Partial<Flow> } | undefined
  /**
   * A policy stage after authentication (password expiry, MFA, terms, profile): the status to stop
   * at, or undefined when this stage has nothing (more) to ask. Runs on every `advance`.
   */
  stage?: (ctx: Ctx, flow: FlowRecord) => FlowStatus | undefined
  /** Runs on every `GET` of the flow, before it is shown: for what happens elsewhere (a push answered on a phone). */
  read?: (ctx: Ctx, flow: FlowRecord) => ActionResult | undefined
}
