import type { FlowStatus } from '../../src/flow/types'
import type { EmulatorUser, SignOnPolicyType } from '../config/config'
import type { MfaRecord } from '../policy/devices'

/** The authorize request parameters a flow keeps until the code is redeemed. */
export type AuthorizeParams = {
  clientId: string
  redirectUri?: string
  scope: string
  state?: string
  nonce?: string
  codeChallenge?: string
  codeChallengeMethod?: 'S256' | 'plain'
  responseMode?: string
  /** The sign-on policy `acr_values` picked; the application's own when absent. */
  signOnPolicy?: SignOnPolicyType
  /** `login_hint`: the user to sign on, when the request names one. */
  loginHint?: string
  /** `max_age`: seconds after which an existing session no longer signs the user on. */
  maxAge?: number
}

/** A sign-on flow in progress. Times are ms since the epoch. */
export type FlowRecord = {
  id: string
  status: FlowStatus
  createdAt: number
  lastActivity: number
  piFlow: boolean
  authorize: AuthorizeParams
  /** The cookie value of the browser that started the flow: only it may read or act on the flow. */
  browser?: string
  /** The user the flow is about, once known. Unknown usernames get a made-up id. */
  user?: { id: string; username: string; known: boolean }
  sessionId?: string
  /** Authentication methods used so far (RFC 8176), for the ID token's `amr`. */
  amr?: string[]
  /** Passwords: the recovery code sent by `password.forgot` (no code for an unknown user). */
  recovery?: RecoveryRecord
  /** Follow-ups: the external identity this flow is about (confirm, link, or authenticate at). */
  external?: ExternalIdentity
  /** Why a FAILED flow failed: the flow's `error`. */
  error?: { code: string; message: string }
  /** Follow-ups: the device authorization (DAG) this flow approves, by device_code. */
  deviceCode?: string
  /** MFA: the device in use and its pending code, push or challenge. */
  mfa?: MfaRecord
}

/** Follow-ups: an external identity met during a flow; `link` when it must be linked to the user who signs on. */
export type ExternalIdentity = { providerId: string; attributes: Record<string, unknown>; link: boolean }

/** Follow-ups: a device authorization grant request (RFC 8628), from device_authorization to token. */
export type DeviceAuthorization = {
  deviceCode: string
  /** Eight letters, without the dash. */
  userCode: string
  clientId: string
  scope: string
  expiresAt: number
  state: 'pending' | 'approved' | 'denied'
  /** Set when approved: who approved, in which session. */
  userId?: string
  sessionId?: string
  authTime?: number
  amr?: string[]
}

/** Passwords: a recovery in progress. Times are ms since the epoch. */
export type RecoveryRecord = { userId?: string; code?: string; expiresAt: number; failures: number; lockedUntil?: number }

/**
 * Passwords: a user created or changed at run time (registered, new password). It wins over the
 * config's user with the same id, which is never touched.
 */
export type AccountRecord = EmulatorUser & {
  id: string
  /** Older passwords, newest first, for the policy's `history` rule. */
  previousPasswords: string[]
  /** Set while a registered user has not entered the code e-mailed to them (`user.verify`). */
  unverified?: { code?: string }
}

/**
 * A browser, as the `ST` cookie it holds names it: the flows it started are bound to it, and its
 * session (once signed on) gives single sign-on and resume.
 */
export type BrowserRecord = { cookie: string; sessionId?: string }

/** A PingOne session, the thing a browser's `ST` cookie points at. */
export type SessionRecord = {
  id: string
  userId: string
  authTime: number
  expiresAt: number
  amr: string[]
}

/** A single-use authorization code. */
export type CodeRecord = {
  code: string
  authorize: AuthorizeParams
  userId: string
  sessionId: string
  authTime: number
  amr: string[]
  expiresAt: number
}

/** An access token issued by the token endpoint, for userinfo. */
export type AccessTokenRecord = { userId: string; scope: string; expiresAt: number }

/** A login in progress at the fake external IdP; `state` is its one-time key. */
export type SocialTransaction = { state: string; code: string; flowId: string; providerId: string }

/** A user's password failures and lock. */
export type LockoutRecord = { failures: number; lockedUntil?: number }

/** A code the emulator "sent" by e-mail, SMS or voice: read it at `_emulator/outbox`. */
export type OutboxMessage = {
  id: string
  /** ISO time it was sent. */
  sentAt: string
  username: string
  channel: 'EMAIL' | 'SMS' | 'VOICE' | 'TOTP'
  /** The masked or plain address it went to. */
  to: string
  purpose: 'otp' | 'recovery' | 'verification'
  code: string
}

/** All mutable emulator state; `clear()` is `Emulator.reset()`. */
export type Store = {
  flows: Map<string, FlowRecord>
  /** Browsers by the value of their `ST` cookie. */
  browsers: Map<string, BrowserRecord>
  sessions: Map<string, SessionRecord>
  codes: Map<string, CodeRecord>
  accessTokens: Map<string, AccessTokenRecord>
  social: Map<string, SocialTransaction>
  lockouts: Map<string, LockoutRecord>
  /** Every code sent, oldest first. */
  outbox: OutboxMessage[]
  /** Passwords: registered users and changed passwords, by user id. */
  accounts: Map<string, AccountRecord>
  /** Follow-ups: external identities linked during sign-ons, provider id -> user id. */
  links: Map<string, string>
  /** Follow-ups: profile attributes entered with `user.update`, PATCH-merged, by user id. */
  profiles: Map<string, Record<string, unknown>>
  /** Follow-ups: agreements accepted, as `{userId}/{agreementId}`. */
  consents: Set<string>
  /** Follow-ups: device authorizations by device_code. */
  deviceAuthorizations: Map<string, DeviceAuthorization>
  /** MFA: the last signature counter seen per security key device id. */
  signCounts: Map<string, number>
  clear(): void
}

/** Creates empty in-memory state. */
export function createStore(): Store {
  const store: Store = {
    flows: new Map(),
    browsers: new Map(),
    sessions: new Map(),
    codes: new Map(),
    accessTokens: new Map(),
    social: new Map(),
    lockouts: new Map(),
    outbox: [],
    accounts: new Map(),
    links: new Map(),
    profiles: new Map(),
    consents: new Set(),
    deviceAuthorizations: new Map(),
    signCounts: new Map(),
    clear() {
      store.outbox.length = 0
      store.accounts.clear()
      store.flows.clear()
      store.browsers.clear()
      store.sessions.clear()
      store.codes.clear()
      store.accessTokens.clear()
      store.social.clear()
      store.lockouts.clear()
      store.links.clear()
      store.profiles.clear()
      store.consents.clear()
      store.deviceAuthorizations.clear()
      store.signCounts.clear()
    },
  }
  return store
}
