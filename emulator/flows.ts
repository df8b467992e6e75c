import type { FlowAction } from '../src/flow/types'
import type { Ctx } from './context'
import { invalidData, invalidRequest, notFound, pingOneError } from './errors'
import { actionHandler, allowedActions, features } from './features'
import { liveFlow, touch } from './flowLifecycle'
import { flowView } from './flowView'
import { hal } from './http'

const vendorType = /^application\/vnd\.pingidentity\.([A-Za-z0-9.]+?)(\+json)?$/i

/** `GET flows/{id}`: the flow, sliding its idle deadline. */
export function readFlow(ctx: Ctx, flowId: string): Response {
  const flow = liveFlow(ctx, flowId)
  if (!flow) return notFound()
  touch(ctx, flow)
  let setCookie: string | undefined
  for (const feature of features) {
    const result = feature.read?.(ctx, flow)
    if (result && 'error' in result) return result.error
    setCookie ??= result?.setCookie
  }
  return hal(flowView(ctx, flow), setCookie ? { 'Set-Cookie': setCookie } : undefined)
}

/** `POST flows/{id}`: one action, chosen by the vendor media type. */
export async function postFlow(ctx: Ctx, flowId: string): Promise<Response> {
  const flow = liveFlow(ctx, flowId)
  if (!flow) return notFound()

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
  if ('error' in result) return result.error
  touch(ctx, flow)
  return hal(flowView(ctx, flow), result.setCookie ? { 'Set-Cookie': result.setCookie } : undefined)
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
