import type { FlowRecord } from '../state/store'

/** Ends a flow: FAILED, with the `error` the flow JSON shows and resume reports as `access_denied`. */
export function failFlow(flow: FlowRecord, code: string, message: string) {
  flow.status = 'FAILED'
  flow.error = { code, message }
}
