import type { FlowDevice } from '../flow/types'
import type { MessageKey, Translate } from '../messages/types'

const typeNames: Record<string, MessageKey> = {
  SMS: 'device.type.sms',
  VOICE: 'device.type.voice',
  EMAIL: 'device.type.email',
  TOTP: 'device.type.totp',
  MOBILE: 'device.type.mobile',
  SECURITY_KEY: 'device.type.securityKey',
  FIDO2: 'device.type.securityKey',
  PLATFORM: 'device.type.platform',
}

/**
 * How a device is named to the user: its kind, then the masked phone or email PingOne sent, else
 * its nickname, else its model. `Text message to *******01`, `Mobile app (iPhone 15)`.
 */
export function deviceLabel(t: Translate, device: FlowDevice): string {
  // Own keys only: a device type such as `constructor` is PingOne's text, not a key of this table.
  const key = Object.hasOwn(typeNames, device.type) ? typeNames[device.type] : undefined
  // A kind the kit does not know keeps PingOne's technical name.
  const type = key ? t(key) : device.type
  const contact = device.phone ?? device.email
  if (contact) return t('device.labelWithContact', { type, contact })
  const name = device.nickname ?? device.model?.marketingName
  return name ? t('device.labelWithName', { type, name }) : type
}

/** The sentence under the code field: where the code went. */
export function otpPrompt(t: Translate, device: FlowDevice | undefined): string {
  if (device?.type === 'SMS' && device.phone) return t('otp.prompt.sms', { phone: device.phone })
  if (device?.type === 'VOICE' && device.phone) return t('otp.prompt.voice', { phone: device.phone })
  if (device?.type === 'EMAIL' && device.email) return t('otp.prompt.email', { email: device.email })
  if (device?.type === 'TOTP') return t('otp.prompt.totp')
  return t('otp.prompt.other')
}
