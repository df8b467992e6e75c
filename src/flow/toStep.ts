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
  | { kind: 'failed'; flow: Flow; message: string | undefined }
  | { kind: 'unknown'; flow: Flow; status: string }

/** The step kinds, one per step slot. */
export type StepKind = Step['kind']

/** Maps a flow to the step to show. Pure: status, `_links` and `_embedded` decide everything. */
export function toStep(flow: Flow): Step {
  const links = flow._links
  const has = (action: keyof typeof links) => Boolean(links[action])
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
      }
    case 'ACCOUNT_CONFIRMATION_REQUIRED':
      return needs('user.confirm', {
        kind: 'accountConfirmation',
        flow,
        identityProvider: identityProvider(flow),
        attributes: providedAttributes(flow),
      })
    case 'EXTERNAL_AUTHENTICATION_REQUIRED': {
      const href = text(links.authenticate?.href)
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
    case 'FAILED':
      return { kind: 'failed', flow, message: text(flow.error?.message) }
    default:
      status satisfies never
      return unknown
  }
}

// Everything below reads _embedded, which comes from the network: keep only well-formed entries.

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}

function socialProviders(flow: Flow): SocialProvider[] {
  const providers: unknown = flow._embedded?.socialProviders
  if (!Array.isArray(providers)) return []
  return providers.filter(
    (p): p is SocialProvider =>
      typeof p?.id === 'string' && typeof p?.name === 'string' && typeof p?._links?.authenticate?.href === 'string',
  )
}

function user(flow: Flow): FlowUser | undefined {
  const value: unknown = flow._embedded?.user
  if (!isRecord(value)) return undefined
  return { id: String(value.id ?? ''), username: text(value.username) }
}

function passwordPolicy(flow: Flow): PasswordPolicy | undefined {
  const value: unknown = flow._embedded?.passwordPolicy
  return isRecord(value) ? (value as PasswordPolicy) : undefined
}

function devices(flow: Flow): Devices {
  const list: unknown = flow._embedded?.devices
  const devices = Array.isArray(list)
    ? list.filter((d): d is FlowDevice => typeof d?.id === 'string' && typeof d?.type === 'string')
    : []
  const selectedId = text(flow.selectedDevice?.id)
  return {
    devices,
    selectedDevice: devices.find((d) => d.id === selectedId),
    canSwitchDevice: Boolean(flow._links['device.select']),
  }
}

function identityProvider(flow: Flow): IdentityProvider | undefined {
  const value: unknown = flow._embedded?.identityProvider
  return isRecord(value) ? { id: text(value.id), name: text(value.name), type: text(value.type) } : undefined
}

// The older sample reads the IdP's attributes at the top level (`data.attributes`); accept both.
function providedAttributes(flow: Flow): Record<string, unknown> {
  const embedded: unknown = flow._embedded?.attributes
  if (isRecord(embedded)) return embedded
  const top: unknown = (flow as Record<string, unknown>).attributes
  return isRecord(top) ? top : {}
}

function profileAttributes(flow: Flow): ProfileAttribute[] {
  const list: unknown = flow._embedded?.attributes
  if (!Array.isArray(list)) return []
  return list
    .filter((a): a is Record<string, unknown> => isRecord(a) && typeof a.name === 'string' && a.name !== '')
    .map((a) => ({ name: a.name as string, displayName: text(a.displayName), required: a.required === true }))
}

function agreement(flow: Flow): Agreement {
  const value: unknown = flow._embedded?.agreement
  if (!isRecord(value)) return {}
  return { id: text(value.id), name: text(value.name), language: text(value.language), text: text(value.text) }
}
