import {
  agreement,
  devices as deviceList,
  identityProvider,
  passwordPolicy,
  profileAttributes,
  providedAttributes,
  socialProviders,
  isRecord,
  text,
  user,
} from './embedded'
import type {
  Agreement,
  Flow,
  FlowDevice,
  FlowStatus,
  FlowUser,
  IdentityProvider,
  PasswordPolicy,
  ProfileAttribute,
  SocialProvider,
} from './types'

type Devices = { devices: FlowDevice[]; selectedDevice: FlowDevice | undefined; canSwitchDevice: boolean }

/** The sign-on screen a flow calls for, with the affordances its links allow. */
export type Step =
  | {
      kind: 'usernamePassword'
      flow: Flow
      socialProviders: SocialProvider[]
      canRecoverPassword: boolean
      canRegister: boolean
      passwordPolicy: PasswordPolicy | undefined
    }
  | {
      kind: 'identifier'
      flow: Flow
      socialProviders: SocialProvider[]
      canRegister: boolean
      passwordPolicy: PasswordPolicy | undefined
    }
  | {
      kind: 'password'
      flow: Flow
      user: FlowUser | undefined
      canRecoverPassword: boolean
      canSwitchUser: boolean
    }
  | {
      kind: 'changePassword'
      flow: Flow
      reason: 'expired' | 'mustChange'
      user: FlowUser | undefined
      passwordPolicy: PasswordPolicy | undefined
    }
  | { kind: 'recoveryCode'; flow: Flow; canResend: boolean; passwordPolicy: PasswordPolicy | undefined }
  | { kind: 'verificationCode'; flow: Flow; canResend: boolean; user: FlowUser | undefined }
  | { kind: 'deviceSelection'; flow: Flow; devices: FlowDevice[] }
  | ({ kind: 'otp'; flow: Flow } & Devices)
  | ({ kind: 'push'; flow: Flow } & Devices)
  | ({ kind: 'pushTimedOut'; flow: Flow } & Devices)
  | ({ kind: 'assertion'; flow: Flow; requestOptions: string | undefined } & Devices)
  | {
      kind: 'accountLinking'
      flow: Flow
      identityProvider: IdentityProvider | undefined
      attributes: Record<string, unknown>
      canSignOn: boolean
      canRegister: boolean
      passwordPolicy: PasswordPolicy | undefined
    }
  | {
      kind: 'accountConfirmation'
      flow: Flow
      identityProvider: IdentityProvider | undefined
      attributes: Record<string, unknown>
    }
  | { kind: 'externalAuthentication'; flow: Flow; identityProvider: IdentityProvider | undefined; href: string }
  | { kind: 'profileData'; flow: Flow; promptText: string | undefined; attributes: ProfileAttribute[] }
  | { kind: 'agreement'; flow: Flow; agreement: Agreement }
  | { kind: 'deviceCode'; flow: Flow }
  | { kind: 'deviceConsent'; flow: Flow; applicationName: string | undefined }
  | { kind: 'completed'; flow: Flow }
  | { kind: 'failed'; flow: Flow; code: string | undefined; message: string | undefined }
  | { kind: 'unknown'; flow: Flow; status: string }

/** The step kinds, one per step slot. */
export type StepKind = Step['kind']

/** Maps a flow to the step to show. Pure: status, `_links` and `_embedded` decide everything. */
export function toStep(flow: Flow): Step {
  const links = flow._links
  // A link is only there if it can be followed.
  const has = (action: keyof typeof links) => typeof links[action]?.href === 'string'
  const status = flow.status as FlowStatus
  const unknown: Step = { kind: 'unknown', flow, status: flow.status }
  // A step whose action link is missing cannot be answered: show the fallback instead.
  const needs = (action: keyof typeof links, step: Step): Step => (has(action) ? step : unknown)
  switch (status) {
    case 'USERNAME_PASSWORD_REQUIRED':
      return needs('usernamePassword.check', {
        kind: 'usernamePassword',
        flow,
        socialProviders: socialProviders(flow),
        canRecoverPassword: has('password.forgot'),
        canRegister: has('user.register'),
        passwordPolicy: passwordPolicy(flow),
      })
    case 'SIGN_ON_REQUIRED':
      return needs('user.lookup', {
        kind: 'identifier',
        flow,
        socialProviders: socialProviders(flow),
        canRegister: has('user.register'),
        passwordPolicy: passwordPolicy(flow),
      })
    case 'PASSWORD_REQUIRED':
      return needs('usernamePassword.check', {
        kind: 'password',
        flow,
        user: user(flow),
        canRecoverPassword: has('password.forgot'),
        canSwitchUser: has('session.reset'),
      })
    case 'PASSWORD_EXPIRED':
    case 'MUST_CHANGE_PASSWORD':
      return needs('password.reset', {
        kind: 'changePassword',
        flow,
        reason: status === 'PASSWORD_EXPIRED' ? 'expired' : 'mustChange',
        user: user(flow),
        passwordPolicy: passwordPolicy(flow),
      })
    case 'RECOVERY_CODE_REQUIRED':
      return needs('password.recover', {
        kind: 'recoveryCode',
        flow,
        canResend: has('password.sendRecoveryCode'),
        passwordPolicy: passwordPolicy(flow),
      })
    case 'VERIFICATION_CODE_REQUIRED':
      return needs('user.verify', {
        kind: 'verificationCode',
        flow,
        canResend: has('user.sendVerificationCode'),
        user: user(flow),
      })
    case 'DEVICE_SELECTION_REQUIRED':
      return needs('device.select', { kind: 'deviceSelection', flow, devices: devices(flow).devices })
    case 'OTP_REQUIRED':
      return needs('otp.check', { kind: 'otp', flow, ...devices(flow) })
    case 'PUSH_CONFIRMATION_REQUIRED':
      return { kind: 'push', flow, ...devices(flow) }
    case 'PUSH_CONFIRMATION_TIMED_OUT':
      return { kind: 'pushTimedOut', flow, ...devices(flow) }
    case 'ASSERTION_REQUIRED':
      return needs('assertion.check', {
        kind: 'assertion',
        flow,
        requestOptions: text(flow.publicKeyCredentialRequestOptions),
        ...devices(flow),
      })
    case 'ACCOUNT_LINKING_REQUIRED':
      return {
        kind: 'accountLinking',
        flow,
        identityProvider: identityProvider(flow),
        attributes: providedAttributes(flow),
        canSignOn: has('usernamePassword.check'),
        canRegister: has('user.register'),
        passwordPolicy: passwordPolicy(flow),
      }
    case 'ACCOUNT_CONFIRMATION_REQUIRED':
      return needs('user.confirm', {
        kind: 'accountConfirmation',
        flow,
        identityProvider: identityProvider(flow),
        attributes: providedAttributes(flow),
      })
    case 'EXTERNAL_AUTHENTICATION_REQUIRED': {
      const href = has('authenticate') ? links.authenticate?.href : undefined
      return href ? { kind: 'externalAuthentication', flow, identityProvider: identityProvider(flow), href } : unknown
    }
    case 'PROFILE_DATA_REQUIRED':
      return needs('user.update', {
        kind: 'profileData',
        flow,
        promptText: text(flow._embedded?.promptText),
        attributes: profileAttributes(flow),
      })
    case 'AGREEMENT_CONSENT_REQUIRED':
      return needs('user.consent', { kind: 'agreement', flow, agreement: agreement(flow) })
    case 'DAG_USER_CODE_REQUIRED':
      return needs('deviceAuthGrant.userCode.verify', { kind: 'deviceCode', flow })
    case 'DAG_CONSENT_REQUIRED':
      return needs('deviceAuthGrant.consent', {
        kind: 'deviceConsent',
        flow,
        applicationName: text(flow._embedded?.application?.name),
      })
    case 'COMPLETED':
      return { kind: 'completed', flow }
    case 'FAILED': {
      const error: unknown = flow.error
      const { code, message } = isRecord(error) ? error : {}
      return { kind: 'failed', flow, code: text(code), message: text(message) }
    }
    default:
      status satisfies never
      return unknown
  }
}

function devices(flow: Flow): Devices {
  const devices = deviceList(flow)
  const selected: unknown = flow.selectedDevice
  const selectedId = isRecord(selected) ? text(selected.id) : undefined
  return {
    devices,
    selectedDevice: devices.find((d) => d.id === selectedId),
    canSwitchDevice: typeof flow._links['device.select']?.href === 'string',
  }
}
