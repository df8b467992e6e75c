import { findUserById, type Ctx, type Environment } from '../state/context'
import { advance } from './advance'
import { currentDevice, deviceView } from './devices'
import type { ActionResult } from './feature'
import { liveFlow } from '../state/flowLifecycle'
import type { FlowRecord } from '../state/store'

/** A push waiting for an answer, as `_emulator/push` and `emulator.pushes()` list it. */
export type PendingPush = { flowId: string; username: string; device: string; sentAt: string }

/** Pushes time out after 60 seconds unless the device says otherwise (choice: PingOne's is policy-set). */
export const defaultPushTimeoutSeconds = 60

/** Answers the push of `flowId`; the next read of the flow applies it. False when no push waits. */
export function answerPush(env: Environment, flowId: string, answer: 'approve' | 'deny'): boolean {
  const flow = liveFlow(env, flowId)
  const push = flow?.status === 'PUSH_CONFIRMATION_REQUIRED' ? flow.mfa?.push : undefined
  if (!push) return false
  push.answer = answer
  return true
}

/** The pushes still waiting for an answer, oldest first. */
export function pendingPushes(env: Environment): PendingPush[] {
  return [...env.store.flows.values()]
    .filter((flow) => liveFlow(env, flow.id) && flow.status === 'PUSH_CONFIRMATION_REQUIRED' && flow.mfa?.push)
    .filter((flow) => !flow.mfa?.push?.answer)
    .map((flow) => {
      const user = flow.user ? findUserById(env, flow.user.id) : undefined
      const device = currentDevice(env, flow)
      const view = device && deviceView(device)
      return {
        flowId: flow.id,
        username: user?.username ?? flow.user?.username ?? '',
        device: view?.nickname ?? view?.model?.marketingName ?? 'Mobile app',
        sentAt: new Date(flow.mfa?.push?.sentAt ?? 0).toISOString(),
      }
    })
}

/**
 * Runs on every read of the flow (the kit polls about every 2 s): applies an answer, the device's
 * automatic answer after its number of polls, or the timeout.
 */
export function settlePush(ctx: Ctx, flow: FlowRecord): ActionResult | undefined {
  const push = flow.mfa?.push
  if (flow.status !== 'PUSH_CONFIRMATION_REQUIRED' || !push || !flow.user) return undefined
  const device = currentDevice(ctx, flow)
  push.polls += 1
  let answer: 'approve' | 'deny' | 'timeout' | undefined = push.answer
  if (!answer && device?.push && push.polls >= (device.pushAfterPolls ?? 2)) answer = device.push
  const timeoutMs = (device?.pushTimeoutSeconds ?? defaultPushTimeoutSeconds) * 1000
  if (!answer && ctx.now() - push.sentAt >= timeoutMs) answer = 'timeout'

  if (answer === 'approve') {
    flow.mfa = { ...flow.mfa!, passed: true, push: undefined }
    return advance(ctx, flow, flow.user, ['swk', 'mfa'])
  }
  if (answer === 'deny') {
    flow.status = 'FAILED'
    flow.error = { code: 'PUSH_DENIED', message: 'The sign-on was denied on your phone.' }
  } else if (answer === 'timeout') {
    flow.status = 'PUSH_CONFIRMATION_TIMED_OUT'
  }
  return undefined
}
