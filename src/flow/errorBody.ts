import type { PingOneErrorBody, PingOneErrorDetail } from './types'

/**
 * PingOne's error body, rebuilt field by field, or undefined when `body` is not one. Its texts end
 * up on screen: a detail's `message` or `target` that is not a string is dropped, and a detail
 * without a string `code` is left out. A body without a top-level `message` is still one: PingOne's
 * 401 to a flow call without its cookies has only `code` and `details`.
 */
export function toErrorBody(body: unknown): PingOneErrorBody | undefined {
  if (!isRecord(body) || typeof body.code !== 'string') return undefined
  if (body.message !== undefined && typeof body.message !== 'string') return undefined
  if (body.details !== undefined && !Array.isArray(body.details)) return undefined
  const details = body.details?.flatMap(toDetail)
  const message = text(body.message) ?? details?.find((detail) => detail.message)?.message ?? body.code
  return { id: text(body.id), code: body.code, message, details }
}

function toDetail(detail: unknown): PingOneErrorDetail[] {
  if (!isRecord(detail) || typeof detail.code !== 'string') return []
  const inner = isRecord(detail.innerError) ? detail.innerError : undefined
  const requirements = inner?.unsatisfiedRequirements
  const innerError = inner && {
    ...inner,
    failuresRemaining: number(inner.failuresRemaining),
    secondsUntilUnlock: number(inner.secondsUntilUnlock),
    unsatisfiedRequirements: Array.isArray(requirements) ? requirements.filter((r) => typeof r === 'string') : undefined,
  }
  return [{ code: detail.code, message: text(detail.message), target: text(detail.target), innerError }]
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}

function number(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined
}
