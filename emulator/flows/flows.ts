import type { FlowAction } from '../../src/flow/types'
import { browserCookieHeaders, carriesFlowCookie, missingFlowCookie } from '../http/browsers'
import type { Ctx } from '../state/context'
import { invalidData, invalidRequest, notFound, pingOneError } from '../http/errors'
import { actionHandler, allowedActions, features } from '../policy/features'
import { liveFlow, rotateFlowId, touch } from '../state/flowLifecycle'
import { flowView } from './flowView'
import { hal, notAcceptable } from '../http/http'
import type { FlowRecord } from '../state/store'

const vendorType = /^application\/vnd\.pingidentity\.([A-Za-z0-9.]+?)(\+json)?$/i

/** `GET flows/{id}`: the flow, sliding its idle deadline. */
export function readFlow(ctx: Ctx, flowId: string): Response {
  const flow = liveFlow(ctx, flowId)
  if (!flow) return notFound()
  const refused = refuse(ctx, flow)
  if (refused) return refused
  touch(ctx, flow)
  for (const feature of features) {
    const result = feature.read?.(ctx, flow)
    if (result?.error) return result.error
  }
  return answer(ctx, flow)
}

/** `POST flows/{id}`: one action, chosen by the vendor media type. */
export async function postFlow(ctx: Ctx, flowId: string): Promise<Response> {
  const flow = liveFlow(ctx, flowId)
  if (!flow) return notFound()
  const refused = refuse(ctx, flow)
  if (refused) return refused

  const action = parseAction(ctx.request.headers.get('Content-Type'))
  if (!action) {
    return pingOneError(
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      'The Content-Type must be application/vnd.pingidentity.<action>+json.',
    )
  }
  const handler = actionHandler(action as FlowAction)
  if (!allowedActions(flow.status).includes(action as FlowAction) || !handler) {
    return invalidRequest(`The action ${action} is not allowed while the flow is ${flow.status}.`)
  }

  const body = await readJsonBody(ctx.request)
  if (body === undefined) {
    return invalidData([{ code: 'INVALID_VALUE', message: 'The request body is not a JSON object.' }])
  }
  const result = await handler(ctx, flow, body)
  if (result.error) return result.error
  touch(ctx, flow)
  return answer(ctx, flow)
}

/**
 * What PingOne checks before it looks at a flow call: the flow's cookies first (a call without
 * them is refused whatever else is wrong with it), then that the client accepts its answer.
 * The flow is left as it was.
 */
function refuse(ctx: Ctx, flow: FlowRecord): Response | undefined {
  if (!carriesFlowCookie(ctx, flow)) return missingFlowCookie()
  return notAcceptable(ctx.request)
}

/** The flow as PingOne answers it: under a new id if the tenant rotates them, with its cookies renewed. */
function answer(ctx: Ctx, flow: FlowRecord): Response {
  rotateFlowId(ctx, flow)
  return hal(flowView(ctx, flow), browserCookieHeaders(ctx, flow))
}

/**
 * The action name, or undefined for a non-vendor type. Only `password.sendRecoveryCode` may
 * omit `+json`, because PingOne's own table writes it that way (P2 in the reference).
 */
export function parseAction(contentType: string | null): string | undefined {
  const mediaType = contentType?.split(';')[0]?.trim() ?? ''
  const match = vendorType.exec(mediaType)
  const action = match?.[1]
  if (!action) return undefined
  return match[2] || action === 'password.sendRecoveryCode' ? action : undefined
}

/** The body as an object; an empty body is `{}` (session.reset sends none). */
async function readJsonBody(request: Request): Promise<Record<string, unknown> | undefined> {
  const text = await request.text()
  if (text.trim() === '') return {}
  try {
    const value: unknown = JSON.parse(text)
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined
  } catch {
    return undefined
  }
}
