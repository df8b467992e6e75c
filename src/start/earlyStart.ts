import type { Transaction } from '../flow/pkce'

/**
 * Where a sign-on started by `pingone-signon-react/start` keeps what the kit takes over: a
 * non-enumerable property of the object `startSignOn` returned, under a key from the global symbol
 * registry, so that the kit finds it though the start script and the app are separate bundles with
 * separate module instances. src/startSignOn.ts reads it under the same `Symbol.for` key.
 */
export const earlyStartKey = Symbol.for('pingone-signon-react/start')

/**
 * The config the early authorize was sent for, resolved as the kit resolves its own: the kit takes
 * the sign-on over only when its own config has the same values.
 */
export type EarlyConfig = {
  environmentUrl: string
  clientId: string
  redirectUri: string
  scope: string
  authorizeParams: Readonly<Record<string, string>>
}

/** The authorize as it left: its URL, its PKCE transaction, and the response still in flight. */
export type EarlyRequest = {
  url: string
  transaction: Transaction
  /** `fetch`'s own promise, unread: the kit reads it with all its own checks. */
  response: Promise<Response>
  /** Cancels the request (the kit's deadline, `requestTimeout`). */
  abort: (reason?: unknown) => void
}

/** What the start entry hands over. `request` rejects only if the request could not be built. */
export type EarlyStart = { config: EarlyConfig; request: Promise<EarlyRequest> }
