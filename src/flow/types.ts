/**
 * The PingOne flows API contract, as the kit reads it.
 *
 * Shapes follow the published examples (see the project's reference, sections 4 and 9). Everything
 * PingOne may omit is optional, because the kit must survive any flow the server sends.
 */

/** Every status the PingOne flows API documents for sign-on policies. */
export type FlowStatus =
  | 'USERNAME_PASSWORD_REQUIRED'
  | 'SIGN_ON_REQUIRED'
  | 'PASSWORD_REQUIRED'
  | 'PASSWORD_EXPIRED'
  | 'MUST_CHANGE_PASSWORD'
  | 'RECOVERY_CODE_REQUIRED'
  | 'VERIFICATION_CODE_REQUIRED'
  | 'DEVICE_SELECTION_REQUIRED'
  | 'OTP_REQUIRED'
  | 'PUSH_CONFIRMATION_REQUIRED'
  | 'PUSH_CONFIRMATION_TIMED_OUT'
  | 'ASSERTION_REQUIRED'
  | 'ACCOUNT_LINKING_REQUIRED'
  | 'ACCOUNT_CONFIRMATION_REQUIRED'
  | 'EXTERNAL_AUTHENTICATION_REQUIRED'
  | 'PROFILE_DATA_REQUIRED'
  | 'AGREEMENT_CONSENT_REQUIRED'
  | 'DAG_USER_CODE_REQUIRED'
  | 'DAG_CONSENT_REQUIRED'
  | 'COMPLETED'
  | 'FAILED'

/** Flow actions, named exactly like PingOne's media-type infix. */
export type FlowAction =
  | 'usernamePassword.check'
  | 'user.lookup'
  | 'session.reset'
  | 'password.forgot'
  | 'password.recover'
  | 'password.sendRecoveryCode'
  | 'password.reset'
  | 'user.register'
  | 'user.verify'
  | 'user.sendVerificationCode'
  | 'device.select'
  | 'otp.check'
  | 'assertion.check'
  | 'user.update'
  | 'user.confirm'
  | 'user.consent'
  | 'deviceAuthGrant.userCode.verify'
  | 'deviceAuthGrant.consent'
  | 'user.acceptInvite'

/** A HAL link. */
export type Link = { href: string }

/**
 * The flow's links: `self`, navigation links, and one key per action the flow allows now.
 * A key's presence is the capability.
 */
export type FlowLinks = { self?: Link; signOnPage?: Link; authenticate?: Link } & Partial<
  Record<FlowAction, Link>
>

/** An external identity provider offered on the sign-on page. */
export type SocialProvider = {
  id: string
  name: string
  type: string
  _links: { authenticate: Link }
}

/** The user the flow is about. */
export type FlowUser = {
  id: string
  username?: string
  name?: { given?: string; family?: string }
}

/** An MFA device as PingOne lists it (masked contact details only). */
export type FlowDevice = {
  id: string
  type: string
  status?: string
  phone?: string
  email?: string
  nickname?: string
  model?: { marketingName?: string }
}

/** The password rules PingOne enforces where a new password is set. */
export type PasswordPolicy = {
  length?: { min?: number; max?: number }
  minCharacters?: Record<string, number>
  maxRepeatedCharacters?: number
  minUniqueCharacters?: number
  minComplexity?: number
  history?: { count?: number }
  [rule: string]: unknown
}

/** An external identity provider the flow is about (account linking, external authentication). */
export type IdentityProvider = { id?: string; name?: string; type?: string }

/** A user attribute PingOne asks for during progressive profiling. */
export type ProfileAttribute = { name: string; displayName?: string; required?: boolean }

/** Terms the user must accept (AGREEMENT_CONSENT_REQUIRED). */
export type Agreement = { id?: string; name?: string; language?: string; text?: string }

/** Status-specific data attached to a flow. */
export type FlowEmbedded = {
  user?: FlowUser
  application?: { id?: string; name?: string }
  socialProviders?: SocialProvider[]
  devices?: FlowDevice[]
  passwordPolicy?: PasswordPolicy
  identityProvider?: IdentityProvider
  /** Attributes the external identity provider supplied (account linking and confirmation). */
  attributes?: Record<string, unknown> | ProfileAttribute[]
  promptText?: string
  agreement?: Agreement
  [key: string]: unknown
}

/** What the authorization server returns at the end of a pi.flow sign-on. */
export type AuthorizeResponse = {
  code?: string
  state?: string
  error?: string
  error_description?: string
  [key: string]: unknown
}

/** A PingOne flow: the server's answer to authorize, to every action, and to resume. */
export type Flow = {
  id: string
  /** Typed loosely on purpose: PingOne may send a status this kit has not met yet. */
  status: FlowStatus | (string & {})
  _links: FlowLinks
  _embedded?: FlowEmbedded
  resumeUrl?: string
  createdAt?: string
  expiresAt?: string
  environment?: { id: string }
  session?: { id: string }
  selectedDevice?: { id: string }
  bypassAllowed?: boolean
  /** ASSERTION_REQUIRED: WebAuthn request options, a JSON string with signed byte arrays. */
  publicKeyCredentialRequestOptions?: string
  error?: { code?: string; message?: string }
  authorizeResponse?: AuthorizeResponse
}

/** One validation problem in a PingOne error body. */
export type PingOneErrorDetail = {
  code: string
  message?: string
  /** The request field the problem is about, such as `password`. */
  target?: string
  innerError?: {
    failuresRemaining?: number
    secondsUntilUnlock?: number
    unsatisfiedRequirements?: string[]
    [key: string]: unknown
  }
}

/** PingOne's error body, sent with every 4xx and 5xx. */
export type PingOneErrorBody = {
  id?: string
  code: string
  message: string
  details?: PingOneErrorDetail[]
}
