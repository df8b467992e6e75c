import type { FlowAction, FlowStatus } from '../../src'
import { authBaseUrl, environmentId } from '../render'

/** Every status the kit knows; the type check below fails when one is added and not listed. */
export const statuses = [
  'USERNAME_PASSWORD_REQUIRED',
  'SIGN_ON_REQUIRED',
  'PASSWORD_REQUIRED',
  'PASSWORD_EXPIRED',
  'MUST_CHANGE_PASSWORD',
  'RECOVERY_CODE_REQUIRED',
  'VERIFICATION_CODE_REQUIRED',
  'DEVICE_SELECTION_REQUIRED',
  'OTP_REQUIRED',
  'PUSH_CONFIRMATION_REQUIRED',
  'PUSH_CONFIRMATION_TIMED_OUT',
  'ASSERTION_REQUIRED',
  'ACCOUNT_LINKING_REQUIRED',
  'ACCOUNT_CONFIRMATION_REQUIRED',
  'EXTERNAL_AUTHENTICATION_REQUIRED',
  'PROFILE_DATA_REQUIRED',
  'AGREEMENT_CONSENT_REQUIRED',
  'DAG_USER_CODE_REQUIRED',
  'DAG_CONSENT_REQUIRED',
  'COMPLETED',
  'FAILED',
] as const satisfies readonly FlowStatus[]

/** Every action link the kit follows, plus the navigation links. */
export const linkNames = [
  'self',
  'signOnPage',
  'authenticate',
  'usernamePassword.check',
  'user.lookup',
  'session.reset',
  'password.forgot',
  'password.recover',
  'password.sendRecoveryCode',
  'password.reset',
  'user.register',
  'user.verify',
  'user.sendVerificationCode',
  'device.select',
  'otp.check',
  'assertion.check',
  'user.update',
  'user.confirm',
  'user.consent',
  'deviceAuthGrant.userCode.verify',
  'deviceAuthGrant.consent',
  'user.acceptInvite',
] as const satisfies readonly (FlowAction | 'self' | 'signOnPage' | 'authenticate')[]

type Unlisted = Exclude<FlowStatus, (typeof statuses)[number]> | Exclude<FlowAction, (typeof linkNames)[number]>
const everyNameListed: [Unlisted] extends [never] ? true : Unlisted = true
void everyNameListed

/** Where a genuine link of the emulated environment points. */
export const environmentUrl = `${authBaseUrl}/${environmentId}`

/** Every link, each pointing where PingOne would: then any step can be answered. */
export const genuineLinks: Record<string, { href: string }> = Object.fromEntries(
  linkNames.map((name) => [name, { href: `${environmentUrl}/flows/f1` }]),
)
