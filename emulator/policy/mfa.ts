import type { FlowStatus } from '../../src/flow/types'
import { advance } from './advance'
import { findApp, type Ctx } from '../state/context'
import { currentDevice, deviceView, startDevice, userDevices } from './devices'
import { invalidData, invalidValue } from '../http/errors'
import type { ActionResult, Feature } from './feature'
import { settlePush } from './push'
import type { FlowRecord } from '../state/store'
import { requestOptions, verifyAssertion } from './webauthn'

/** Wrong codes allowed in one flow before it fails (choice: the reference gives no limit). */
export const otpAttempts = 3

const deviceStatuses: FlowStatus[] = [
  'OTP_REQUIRED',
  'PUSH_CONFIRMATION_REQUIRED',
  'PUSH_CONFIRMATION_TIMED_OUT',
  'ASSERTION_REQUIRED',
]

/**
 * Device selection, OTP, push and FIDO2 assertion. `device.select` is offered on every MFA status,
 * also with one device: PingOne's own OTP_REQUIRED example does so, and it is how a code is resent.
 */
export const mfaFeature: Feature = {
  actions: {
    DEVICE_SELECTION_REQUIRED: ['device.select'],
    OTP_REQUIRED: ['otp.check', 'device.select'],
    PUSH_CONFIRMATION_REQUIRED: ['device.select'],
    PUSH_CONFIRMATION_TIMED_OUT: ['device.select'],
    ASSERTION_REQUIRED: ['assertion.check', 'device.select'],
  },
  handlers: {
    'device.select': (ctx, flow, body): ActionResult => {
      const device = body.device as { id?: unknown } | undefined
      const chosen = userDevices(ctx, flow).find((d) => d.id === device?.id)
      if (!chosen) return { error: invalidValue('device.id', 'The device is not one of the user’s devices.') }
      startDevice(ctx, flow, chosen)
      return {}
    },
    'otp.check': (ctx, flow, body): ActionResult => {
      const otp = typeof body.otp === 'string' ? body.otp.trim() : ''
      if (!otp) return { error: invalidValue('otp', 'otp must not be blank') }
      const mfa = flow.mfa
      if (mfa?.otp && otp === mfa.otp.code && ctx.now() < mfa.otp.expiresAt) return passed(ctx, flow, ['otp', 'mfa'])
      if (!mfa) return { error: invalidValue('otp', 'Invalid one-time passcode.') }
      mfa.failures += 1
      if (mfa.failures >= otpAttempts) {
        flow.status = 'FAILED'
        flow.error = { code: 'TOO_MANY_ATTEMPTS', message: 'Too many wrong codes. Start again to sign on.' }
        return {}
      }
      const expired = mfa.otp !== undefined && ctx.now() >= mfa.otp.expiresAt
      return {
        error: invalidData([
          {
            code: 'INVALID_VALUE',
            target: 'otp',
            message: expired ? 'The one-time passcode has expired.' : 'Invalid one-time passcode.',
            innerError: { failuresRemaining: otpAttempts - mfa.failures },
          },
        ]),
      }
    },
    'assertion.check': async (ctx, flow, body) => {
      const device = currentDevice(ctx, flow)
      const counter = device && (await verifyAssertion(ctx, flow, device, body))
      if (!device || counter === undefined) {
        return { error: invalidValue('assertion', 'The security key’s answer could not be verified.') }
      }
      ctx.store.signCounts.set(device.id, counter)
      return passed(ctx, flow, ['hwk', 'mfa'])
    },
  },
  view: (ctx, flow) => {
    const isDeviceStatus = deviceStatuses.includes(flow.status as FlowStatus)
    if (flow.status === 'FAILED' && flow.mfa && flow.error) return { fields: { error: { ...flow.error } } }
    if (!isDeviceStatus && flow.status !== 'DEVICE_SELECTION_REQUIRED') return undefined
    const devices = userDevices(ctx, flow)
    const embedded = { devices: devices.map(deviceView) }
    const device = currentDevice(ctx, flow)
    if (!isDeviceStatus || !device) return { embedded }
    return {
      embedded,
      fields: {
        selectedDevice: { id: device.id },
        bypassAllowed: false,
        ...(flow.status === 'ASSERTION_REQUIRED'
          ? { publicKeyCredentialRequestOptions: requestOptions(ctx, flow, device) }
          : {}),
      },
    }
  },
  // One device, or a default one, is used straight away; several ask the user to choose.
  stage: (ctx, flow) => {
    if (flow.mfa?.passed || !findApp(ctx, flow.authorize.clientId)?.mfa) return undefined
    const devices = userDevices(ctx, flow)
    if (devices.length === 0) return undefined
    const device = devices.length === 1 ? devices[0] : devices.find((d) => d.default)
    if (!device) return 'DEVICE_SELECTION_REQUIRED'
    startDevice(ctx, flow, device)
    return flow.status as FlowStatus
  },
  read: settlePush,
}

function passed(ctx: Ctx, flow: FlowRecord, amr: string[]): ActionResult {
  if (!flow.user || !flow.mfa) return { error: invalidValue('device.id', 'No device is in use.') }
  flow.mfa = { ...flow.mfa, passed: true }
  return advance(ctx, flow, flow.user, amr)
}
