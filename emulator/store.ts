import type { FlowStatus } from '../src/flow/types'

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
}

/** A sign-on flow in progress. Times are ms since the epoch. */
export type FlowRecord = {
  id: string
  status: FlowStatus
  createdAt: number
  lastActivity: number
  piFlow: boolean
  authorize: AuthorizeParams
  /** The user the flow is about, once known. Unknown usernames get a made-up id. */
  user?: { id: string; username: string; known: boolean }
  sessionId?: string
  /** Authentication methods used so far (RFC 8176), for the ID token's `amr`. */
  amr?: string[]
}

/** A PingOne session, the thing the `ST` cookie points at. */
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
  channel: 'EMAIL' | 'SMS' | 'VOICE'
  /** The masked or plain address it went to. */
  to: string
  purpose: 'otp' | 'recovery' | 'verification'
  code: string
}

/** All mutable emulator state; `clear()` is `Emulator.reset()`. */
export type Store = {
  flows: Map<string, FlowRecord>
  sessions: Map<string, SessionRecord>
  codes: Map<string, CodeRecord>
  accessTokens: Map<string, AccessTokenRecord>
  social: Map<string, SocialTransaction>
  lockouts: Map<string, LockoutRecord>
  /** Every code sent, oldest first. */
  outbox: OutboxMessage[]
  clear(): void
}

/** Creates empty in-memory state. */
export function createStore(): Store {
  const store: Store = {
    flows: new Map(),
    sessions: new Map(),
    codes: new Map(),
    accessTokens: new Map(),
    social: new Map(),
    lockouts: new Map(),
    outbox: [],
    clear() {
      store.outbox.length = 0
      store.flows.clear()
      store.sessions.clear()
      store.codes.clear()
      store.accessTokens.clear()
      store.social.clear()
      store.lockouts.clear()
    },
  }
  return store
}
