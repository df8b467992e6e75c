import type { FlowDevice, FlowStatus } from '../../src/flow/types'
import { base64url } from '../http/base64url'
import type { EmulatorDevice } from '../config/config'
import { findUserById, type Ctx, type Environment } from '../state/context'
import { stableId } from '../state/ids'
import { sendCode } from './outbox'
import type { FlowRecord } from '../state/store'

/** MFA state of one flow: the device in use and what it waits for. Times are ms since the epoch. */
export type MfaRecord = {
  deviceId: string
  /** Set once a device answered: the MFA stage has nothing more to ask. */
  passed?: boolean
  /** Wrong codes in this flow, across resends. */
  failures: number
  otp?: { code: string; expiresAt: number }
  push?: { sentAt: number; polls: number; answer?: 'approve' | 'deny' }
  /** The WebAuthn challenge, base64url. */
  challenge?: string
}

/** A configured device with its id. */
export type Device = EmulatorDevice & { id: string }

/** One-time passcodes are valid for 5 minutes (choice: the reference gives no lifetime). */
export const otpLifetimeMs = 5 * 60 * 1000

/** The devices of the flow's user; none for an unknown user. */
export function userDevices(env: Environment, flow: FlowRecord): Device[] {
  const user = flow.user?.known ? findUserById(env, flow.user.id) : undefined
  if (!user) return []
  return (user.devices ?? []).map((device, index) => ({
    ...device,
    id: device.id ?? stableId(`${user.id}/devices/${index}`),
  }))
}

export function currentDevice(env: Environment, flow: FlowRecord): Device | undefined {
  return userDevices(env, flow).find((device) => device.id === flow.mfa?.deviceId)
}

/** The status that asks for `device`. */
export function statusFor(device: Device): FlowStatus {
  if (device.type === 'MOBILE') return 'PUSH_CONFIRMATION_REQUIRED'
  if (device.type === 'SECURITY_KEY' || device.type === 'FIDO2' || device.type === 'PLATFORM') {
    return 'ASSERTION_REQUIRED'
  }
  return 'OTP_REQUIRED'
}

/** Sends the code, the push or the challenge for `device` and moves the flow to its status. */
export function startDevice(ctx: Ctx, flow: FlowRecord, device: Device) {
  const failures = flow.mfa?.failures ?? 0
  flow.mfa = { deviceId: device.id, failures }
  flow.status = statusFor(device)
  if (flow.status === 'PUSH_CONFIRMATION_REQUIRED') {
    flow.mfa.push = { sentAt: ctx.now(), polls: 0 }
  } else if (flow.status === 'ASSERTION_REQUIRED') {
    flow.mfa.challenge = base64url(crypto.getRandomValues(new Uint8Array(32)))
  } else {
    const channel = device.type === 'SMS' || device.type === 'VOICE' || device.type === 'EMAIL' ? device.type : 'TOTP'
    const code = sendCode(ctx, {
      username: flow.user?.username ?? '',
      channel,
      to: masked(device) ?? device.nickname ?? 'authenticator app',
      purpose: 'otp',
    })
    flow.mfa.otp = { code, expiresAt: ctx.now() + otpLifetimeMs }
  }
}

/** A device as PingOne lists it: contact details masked. */
export function deviceView(device: Device): FlowDevice {
  return {
    id: device.id,
    type: device.type,
    status: 'ACTIVE',
    ...(device.phone ? { phone: maskPhone(device.phone) } : {}),
    ...(device.email ? { email: maskEmail(device.email) } : {}),
    ...(device.nickname ? { nickname: device.nickname } : {}),
    ...(device.model ? { model: { marketingName: device.model } } : {}),
  }
}

function masked(device: Device): string | undefined {
  if (device.phone) return maskPhone(device.phone)
  if (device.email) return maskEmail(device.email)
  return undefined
}

/** `+15550100101` -> `*******01`, as in PingOne's examples. */
export function maskPhone(phone: string): string {
  return `*******${phone.replace(/\D/g, '').slice(-2)}`
}

/** `demo@example.com` -> `d***@example.com`. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@')
  return at > 0 ? `${email[0]}***${email.slice(at)}` : '***'
}
