import type { Flow, FlowStatus, FlowUser, SocialProvider } from './types'

/** The sign-on screen a flow calls for, with the affordances its links allow. */
export type Step =
  | {
      kind: 'usernamePassword'
      flow: Flow
      socialProviders: SocialProvider[]
      canRecoverPassword: boolean
      canRegister: boolean
    }
  | { kind: 'identifier'; flow: Flow; socialProviders: SocialProvider[]; canRegister: boolean }
  | {
      kind: 'password'
      flow: Flow
      user: FlowUser | undefined
      canRecoverPassword: boolean
      canSwitchUser: boolean
    }
  | { kind: 'completed'; flow: Flow }
  | { kind: 'failed'; flow: Flow; message: string | undefined }
  | { kind: 'unknown'; flow: Flow; status: string }

/** The step kinds, one per step slot. */
export type StepKind = Step['kind']

/** Maps a flow to the step to show. Pure: status, `_links` and `_embedded` decide everything. */
export function toStep(flow: Flow): Step {
  const links = flow._links
  const status = flow.status as FlowStatus
  const unknown: Step = { kind: 'unknown', flow, status: flow.status }
  switch (status) {
    case 'USERNAME_PASSWORD_REQUIRED':
      if (!links['usernamePassword.check']) return unknown
      return {
        kind: 'usernamePassword',
        flow,
        socialProviders: socialProviders(flow),
        canRecoverPassword: Boolean(links['password.forgot']),
        canRegister: Boolean(links['user.register']),
      }
    case 'SIGN_ON_REQUIRED':
      if (!links['user.lookup']) return unknown
      return {
        kind: 'identifier',
        flow,
        socialProviders: socialProviders(flow),
        canRegister: Boolean(links['user.register']),
      }
    case 'PASSWORD_REQUIRED':
      if (!links['usernamePassword.check']) return unknown
      return {
        kind: 'password',
        flow,
        user: user(flow),
        canRecoverPassword: Boolean(links['password.forgot']),
        canSwitchUser: Boolean(links['session.reset']),
      }
    case 'COMPLETED':
      return { kind: 'completed', flow }
    case 'FAILED':
      return { kind: 'failed', flow, message: stringOrUndefined(flow.error?.message) }
    // Statuses whose steps are not built yet show the fallback, which names them.
    case 'PASSWORD_EXPIRED':
    case 'MUST_CHANGE_PASSWORD':
    case 'RECOVERY_CODE_REQUIRED':
    case 'VERIFICATION_CODE_REQUIRED':
    case 'DEVICE_SELECTION_REQUIRED':
    case 'OTP_REQUIRED':
    case 'PUSH_CONFIRMATION_REQUIRED':
    case 'PUSH_CONFIRMATION_TIMED_OUT':
    case 'ASSERTION_REQUIRED':
    case 'ACCOUNT_LINKING_REQUIRED':
    case 'ACCOUNT_CONFIRMATION_REQUIRED':
    case 'EXTERNAL_AUTHENTICATION_REQUIRED':
    case 'PROFILE_DATA_REQUIRED':
    case 'AGREEMENT_CONSENT_REQUIRED':
    case 'DAG_USER_CODE_REQUIRED':
    case 'DAG_CONSENT_REQUIRED':
      return unknown
    default:
      status satisfies never
      return unknown
  }
}

// _embedded comes from the network: keep only well-formed entries.
function socialProviders(flow: Flow): SocialProvider[] {
  const providers: unknown = flow._embedded?.socialProviders
  if (!Array.isArray(providers)) return []
  return providers.filter(
    (p): p is SocialProvider =>
      typeof p?.id === 'string' &&
      typeof p?.name === 'string' &&
      typeof p?._links?.authenticate?.href === 'string',
  )
}

function user(flow: Flow): FlowUser | undefined {
  const value: unknown = flow._embedded?.user
  if (typeof value !== 'object' || value === null) return undefined
  const { id, username } = value as Record<string, unknown>
  return { id: String(id ?? ''), username: stringOrUndefined(username) }
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}
