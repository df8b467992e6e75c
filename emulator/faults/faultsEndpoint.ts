import type { Ctx } from '../state/context'
import { pingOneError } from '../http/errors'
import { faultRuleProblem } from '../config/faultRuleProblem'
import type { FaultRule } from './faults'
import { json } from '../http/http'

/** `GET _emulator/faults`: `{ rules }` in force, in matching order; JSON has no Infinity, so always is `times: -1`. */
export function listFaults(ctx: Ctx): Response {
  const rules = ctx.faults.list().map((rule) => (rule.times === Infinity ? { ...rule, times: -1 } : rule))
  return json(200, { rules })
}

/**
 * `POST _emulator/faults` with `{ "rules": FaultRule[] }`: replaces the run-time rules (an empty
 * list clears them) and answers like GET. An invalid rule is a 400 that names it. The route lets
 * only JSON from trusted origins through (see `emulatorWrite`).
 */
export async function replaceFaults(ctx: Ctx): Promise<Response> {
  let body: unknown
  try {
    body = JSON.parse(await ctx.request.text())
  } catch {
    return invalidRule({ target: 'body', message: 'The body must be JSON: { "rules": [ ...fault rules ] }.' })
  }
  const rules = typeof body === 'object' && body !== null ? (body as { rules?: unknown }).rules : undefined
  if (!Array.isArray(rules)) {
    return invalidRule({ target: 'rules', message: 'rules must be an array of fault rules ({ on?, fault, times? }).' })
  }
  for (const [index, rule] of rules.entries()) {
    const problem = faultRuleProblem(rule, `rules[${index}]`)
    if (problem) return invalidRule(problem)
  }
  ctx.faults.replace(rules as FaultRule[])
  return listFaults(ctx)
}

function invalidRule({ target, message }: { target: string; message: string }): Response {
  return pingOneError(400, 'INVALID_DATA', message, [{ code: 'INVALID_VALUE', target, message }])
}
