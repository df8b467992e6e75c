import type { FlowDevice } from './types'

const typeNames: Record<string, string> = {
  SMS: 'Text message',
  VOICE: 'Voice call',
  EMAIL: 'Email',
  TOTP: 'Authenticator app',
  MOBILE: 'Mobile app',
  SECURITY_KEY: 'Security key',
  FIDO2: 'Security key',
  PLATFORM: 'This device’s screen lock',
}

/**
 * How a device is named to the user: its kind, then the masked phone or email PingOne sent, else
 * its nickname, else its model. `Text message to *******01`, `Mobile app (iPhone 15)`.
 */
export function deviceLabel(device: FlowDevice): string {
  const name = typeNames[device.type] ?? device.type
  const contact = device.phone ?? device.email
  if (contact) return `${name} to ${contact}`
  const other = device.nickname ?? device.model?.marketingName
  return other ? `${name} (${other})` : name
}

/** The sentence under the code field: where the code went. */
export function otpPrompt(device: FlowDevice | undefined): string {
  if (device?.type === 'SMS' && device.phone) return `We sent a code by text message to ${device.phone}.`
  if (device?.type === 'VOICE' && device.phone) return `We are calling ${device.phone} with a code.`
  if (device?.type === 'EMAIL' && device.email) return `We sent a code to ${device.email}.`
  if (device?.type === 'TOTP') return 'Enter the code your authenticator app shows.'
  return 'Enter the code we sent you.'
}
