import type { PasswordPolicy } from '../../src/flow/types'
import { demoSecurityKey } from './demoSecurityKey'
import type { FaultRule } from '../faults/faults'

/** How a sign-on policy starts: with username and password, or with the username alone. */
export type SignOnPolicyType = 'usernamePassword' | 'identifierFirst'

/** A client application registered in the emulated environment. */
export type EmulatorApplication = {
  /** The OAuth client id (PingOne uses the application's UUID). */
  clientId: string
  /** Shown on sign-on pages as `_embedded.application.name`. */
  name: string
  /** Registered redirect URIs; the first is the default when authorize sends none. */
  redirectUris: string[]
  /** The custom sign-on page; redirect-mode authorize and social logins return here. */
  loginPageUrl?: string
  /** Origins allowed to call the flows, resume and token endpoints from a browser. */
  corsOrigins: string[]
  /** `usernamePassword` starts at USERNAME_PASSWORD_REQUIRED, `identifierFirst` at SIGN_ON_REQUIRED. */
  signOnPolicy: SignOnPolicyType
  /**
   * More sign-on policies of the application, by name, for authorize's `acr_values` to pick (PingOne's
   * `acr_values` names sign-on policies): the first name listed that is one of these applies instead of
   * `signOnPolicy`. An `acr_values` naming none of them is refused (400, `INVALID_VALUE`).
   */
  signOnPolicies?: { name: string; type: SignOnPolicyType }[]
  /** Ids of the social providers offered on the sign-on page. */
  socialProviderIds?: string[]
  /**
   * PKCE enforcement, like PingOne's `pkceEnforcement`. Defaults to `S256_REQUIRED`: authorize
   * refuses a request without an S256 `code_challenge`. `OPTIONAL` also takes `plain` or no
   * challenge; a code issued without one is then refused if its token request sends a
   * `code_verifier` (RFC 9700 section 2.1.1, PKCE downgrade).
   */
  pkce?: 'S256_REQUIRED' | 'OPTIONAL'
  /** Offers "forgot password" (`password.forgot`): a recovery code by e-mail. Off when absent. */
  passwordRecovery?: boolean
  /** Offers self-service registration (`user.register`) with e-mail verification. Off when absent. */
  registration?: boolean
  /** MFA after sign-on for users with `devices` (DEVICE_SELECTION_REQUIRED, OTP, push, security key). */
  mfa?: boolean
  /** Terms every user must accept once (AGREEMENT_CONSENT_REQUIRED); `text` is plain text with blank-line paragraphs. */
  agreement?: { id: string; name: string; text: string }
  /**
   * Progressive profiling (PROFILE_DATA_REQUIRED): asks users who have `attributes` for the required
   * ones they lack. `name` is a dotted attribute path such as `address.postalCode`.
   */
  progressiveProfiling?: { promptText: string; attributes: { name: string; displayName: string; required: boolean }[] }
  /**
   * Bound to a DaVinci flow policy: a pi.flow authorize answers DaVinci's JSON instead of a flow.
   * `true` answers DaVinci's username and password form (from Ping's SDK test data); an object is
   * answered as it is.
   */
  davinci?: true | Record<string, unknown>
}

/** A user of the emulated environment. */
export type EmulatorUser = {
  /** Stable UUID; derived from the username when missing. */
  id?: string
  username: string
  password: string
  email?: string
  name?: { given?: string; family?: string }
  /** The password passes but must be changed first: PASSWORD_EXPIRED or MUST_CHANGE_PASSWORD. */
  passwordStatus?: 'EXPIRED' | 'MUST_CHANGE'
  /**
   * Signs on without a password: on identifier-first apps `user.lookup` goes straight to MFA
   * (PingOne's own "sign on with a username" example answers OTP_REQUIRED). Needs `devices`.
   */
  passwordless?: boolean
  /** Id of an external identity provider: identifier-first `user.lookup` sends this user there. */
  identityProvider?: string
  /**
   * Profile attributes in PATCH-user shape (`{ mobilePhone, address: { postalCode } }`). Progressive
   * profiling only asks users that have this object, for the required attributes missing from it.
   */
  attributes?: Record<string, unknown>
  /** False: the user has not accepted the application's agreement yet. Defaults to true. */
  acceptedAgreement?: boolean
  /** MFA devices (used when the application has `mfa: true`); see {@link EmulatorDevice}. */
  devices?: EmulatorDevice[]
}

/**
 * An MFA device. Phones and emails are configured in full and shown masked. Codes go to the outbox;
 * pushes wait at `_emulator/push` (or `emulator.push()`); security keys verify with `publicKey`.
 */
export type EmulatorDevice = {
  /** Stable UUID; derived from the user and the device's position when missing. */
  id?: string
  type: 'SMS' | 'VOICE' | 'EMAIL' | 'TOTP' | 'MOBILE' | 'SECURITY_KEY' | 'FIDO2' | 'PLATFORM'
  phone?: string
  email?: string
  nickname?: string
  /** MOBILE: the phone's `model.marketingName`. */
  model?: string
  /** Used straight away, without DEVICE_SELECTION_REQUIRED, when the user has several devices. */
  default?: boolean
  /** MOBILE: answer the push by itself after `pushAfterPolls` reads of the flow (for stories). */
  push?: 'approve' | 'deny' | 'timeout'
  /** MOBILE: how many reads of the flow before the automatic `push` answer. Defaults to 2. */
  pushAfterPolls?: number
  /** MOBILE: an unanswered push times out after this long. Defaults to 60. */
  pushTimeoutSeconds?: number
  /** SECURITY_KEY, FIDO2, PLATFORM: the credential id, base64url. */
  credentialId?: string
  /** SECURITY_KEY, FIDO2, PLATFORM: the P-256 public key, SPKI DER in base64. */
  publicKey?: string
}

/** An external identity provider, emulated by a built-in fake IdP page. */
export type EmulatorSocialProvider = {
  id: string
  name: string
  /** PingOne's provider type, e.g. `OPENID_CONNECT`; also the callback path segment. */
  type: string
  /** The username of the user this external identity is linked to; omit for an unlinked identity (account linking). */
  username?: string
  /** What the IdP supplies about the identity (prefills registration and confirmation). */
  attributes?: { username?: string; email?: string; name?: { given?: string; family?: string } }
  /** The user confirms or edits `attributes` first (ACCOUNT_CONFIRMATION_REQUIRED), like `confirmIdentityProviderAttributes`. */
  confirmAttributes?: boolean
  /**
   * The provider fails to authenticate anyone: PingOne sends the browser back to the login page URL
   * with `?error=` and a JSON-encoded PingOne error instead of `?flowId=`.
   */
  fails?: boolean
}

/** Everything the emulator knows at start: a plain, immutable seed. */
export type EmulatorConfig = {
  environmentId: string
  applications: EmulatorApplication[]
  users: EmulatorUser[]
  socialProviders: EmulatorSocialProvider[]
  /** Password lockout rule. Defaults to 5 failures, then 900 seconds locked. */
  lockout?: { failures: number; seconds: number }
  /** The rules a new password must meet. Defaults to {@link standardPasswordPolicy}. */
  passwordPolicy?: PasswordPolicy
  /**
   * Origins such as `https://auth.example.com` that serve this environment without the environment
   * id in the path (`https://auth.example.com/as/authorize`), like PingOne's custom domains. The
   * `{origin}/{environmentId}/` paths keep working on every origin.
   */
  customDomains?: string[]
  /**
   * Faults in force from the start and again after every `reset()`, after any added at run time
   * (`emulator.faults.add()`, `POST {env}/_emulator/faults`). See {@link FaultRule}.
   */
  faults?: FaultRule[]
  /**
   * `'required'` (default): authorize binds each flow to the browser with the `ST` and `ST-NO-SS`
   * cookies, and a flow read, action or resume without them is refused with 401 `ACCESS_FAILED`, as
   * Ping's 2025–26 samples and a real tenant's answer show. `'optional'`: only resume needs them.
   */
  flowCookie?: 'required' | 'optional'
  /**
   * A wrong password for a known user: `'INVALID_CREDENTIALS'` (default), the detail code Ping's
   * custom sign-on sample branches on; or `'INVALID_VALUE'`, on `target: 'password'` with
   * `innerError.failuresRemaining`, as Ping's SDK tests relay the Users API's answer.
   */
  wrongPassword?: 'INVALID_CREDENTIALS' | 'INVALID_VALUE'
  /**
   * `password.forgot` for a username no one has: `'NOT_FOUND'` (default), a 404 that leaves the flow
   * as it was, as Ping's sample meets it; or `'continue'`, on to RECOVERY_CODE_REQUIRED with nothing
   * sent, so that the answer does not tell who has an account.
   */
  unknownUserRecovery?: 'NOT_FOUND' | 'continue'
  /** Each answer after a passed credential check carries a new flow `id`, and the old one is gone. */
  rotateFlowIds?: boolean
  /** Every `_links.self.href` is written with `http:`, as real resume answers are. */
  httpSelfLinks?: boolean
}

/** Like PingOne's "Standard" password policy. */
export const standardPasswordPolicy: PasswordPolicy = {
  length: { min: 8, max: 255 },
  minCharacters: {
    ABCDEFGHIJKLMNOPQRSTUVWXYZ: 1,
    abcdefghijklmnopqrstuvwxyz: 1,
    '0123456789': 1,
    '~!@#$%^&*()-_=+[]{}|;:,.<>/?': 1,
  },
  maxRepeatedCharacters: 2,
  minUniqueCharacters: 5,
  history: { count: 6 },
}

/** The demo users' MFA devices (ids are derived per user). */
const mfaDevices = {
  sms: { type: 'SMS', phone: '+15550100101' },
  email: { type: 'EMAIL', email: 'demo.mfa@example.com' },
  mobile: { type: 'MOBILE', model: 'iPhone 15', nickname: 'Work phone' },
  securityKey: {
    type: 'SECURITY_KEY',
    nickname: 'Demo security key',
    credentialId: demoSecurityKey.credentialId,
    publicKey: demoSecurityKey.publicKey,
  },
} satisfies Record<string, EmulatorDevice>

const demoProviderId = '5b7e2c4a-91d3-4f6e-8a2b-c3d4e5f60718'
const globexProviderId = '7d1f3a5b-2c4e-4a6f-9b8d-0e1f2a3b4c5d'
const initechProviderId = '9e2a4b6c-3d5f-4b7a-8c9e-1f2a3b4c5d6e'
const partnerProviderId = 'a13b5c7d-4e6f-4c8b-9dab-2a3b4c5d6e7f'

/** Where host apps usually run in development: Vite, vite preview, Next.js (and jsdom's default), Storybook. */
const devOrigins = ['http://localhost:5173', 'http://localhost:4173', 'http://localhost:3000', 'http://localhost:6006']

/**
 * The demo environment, what `createEmulator()` and `pingone-emulator` serve when given no config:
 *
 * - environment id `8f3c0b52-6a8e-4d2b-9d0e-3b1c5a7e9f20`;
 * - one application, "Demo App", client id `d2a1e9f4-7c3b-4e58-a6d1-0f9b8c7e6a54`: username and
 *   password sign-on, PKCE S256 required, its login page at `http://localhost:5173/`, and the usual
 *   development origins registered for CORS and as redirect URIs (`ORIGIN/`): Vite
 *   `http://localhost:5173`, vite preview `:4173`, Next.js and jsdom `:3000`, Storybook `:6006`.
 *   It offers password recovery, registration, MFA, terms to accept (an agreement), progressive
 *   profiling and three social providers;
 * - users, all with the password `Demo-Passw0rd!`: `demo` (signs straight in); `new-joiner`
 *   (profile to complete), `terms` (terms to accept), `partner` (signs in at "Partner SSO"),
 *   `expired` and `must-change` (a new password first); `mfa-sms`, `mfa-email`, `mfa-push`,
 *   `mfa-key` (one MFA device each: codes at `_emulator/outbox`, pushes at `_emulator/push`),
 *   `mfa-many` (all four), and `passwordless` (identifier-first applications only);
 * - social providers: "Acme ID" (linked to `demo`), "Globex ID" (an identity linked to no one: link or register),
 *   "Initech ID" (attributes to confirm first) and "Partner SSO" (SAML, for `partner`).
 */
export const defaultConfig: EmulatorConfig = {
  environmentId: '8f3c0b52-6a8e-4d2b-9d0e-3b1c5a7e9f20',
  applications: [
    {
      clientId: 'd2a1e9f4-7c3b-4e58-a6d1-0f9b8c7e6a54',
      name: 'Demo App',
      redirectUris: devOrigins.map((origin) => `${origin}/`),
      loginPageUrl: 'http://localhost:5173/',
      corsOrigins: [...devOrigins],
      signOnPolicy: 'usernamePassword',
      socialProviderIds: [demoProviderId, globexProviderId, initechProviderId],
      agreement: {
        id: 'b7c9d1e3-5f7a-4b9c-8d1e-3f5a7b9c1d3e',
        name: 'Terms of service',
        text: 'These terms govern your use of Demo App.\n\nKeep your password secret, and tell us if someone else may know it.\n\nWe may update these terms; we will ask you to accept them again when we do.',
      },
      progressiveProfiling: {
        promptText: 'Please complete your profile.',
        attributes: [
          { name: 'mobilePhone', displayName: 'Mobile phone', required: true },
          { name: 'address.postalCode', displayName: 'Postal code', required: false },
        ],
      },
      pkce: 'S256_REQUIRED',
      passwordRecovery: true,
      registration: true,
      mfa: true,
    },
  ],
  users: [
    {
      id: '3e9a7c21-5d4b-4f8e-9a6c-1b2d3e4f5a60',
      username: 'demo',
      password: 'Demo-Passw0rd!',
      email: 'demo@example.com',
      name: { given: 'Demo', family: 'User' },
    },
    // Follow-ups: a profile to complete, terms to accept, a user whose company signs them in.
    { username: 'new-joiner', password: 'Demo-Passw0rd!', email: 'new-joiner@example.com', attributes: {} },
    { username: 'terms', password: 'Demo-Passw0rd!', email: 'terms@example.com', acceptedAgreement: false },
    { username: 'partner', password: 'Demo-Passw0rd!', email: 'partner@partner.example', identityProvider: partnerProviderId },
    { username: 'expired', password: 'Demo-Passw0rd!', email: 'expired@example.com', passwordStatus: 'EXPIRED' },
    { username: 'must-change', password: 'Demo-Passw0rd!', email: 'must-change@example.com', passwordStatus: 'MUST_CHANGE' },
    // MFA: one device each (codes at _emulator/outbox, pushes at _emulator/push), then all of them.
    { username: 'mfa-sms', password: 'Demo-Passw0rd!', email: 'mfa-sms@example.com', devices: [mfaDevices.sms] },
    { username: 'mfa-email', password: 'Demo-Passw0rd!', email: 'mfa-email@example.com', devices: [mfaDevices.email] },
    { username: 'mfa-push', password: 'Demo-Passw0rd!', email: 'mfa-push@example.com', devices: [mfaDevices.mobile] },
    { username: 'mfa-key', password: 'Demo-Passw0rd!', email: 'mfa-key@example.com', devices: [mfaDevices.securityKey] },
    // Identifier-first apps only: the username, then a texted code; no password.
    {
      username: 'passwordless',
      password: 'Demo-Passw0rd!',
      email: 'passwordless@example.com',
      devices: [mfaDevices.sms],
      passwordless: true,
    },
    {
      username: 'mfa-many',
      password: 'Demo-Passw0rd!',
      email: 'mfa-many@example.com',
      devices: [mfaDevices.sms, mfaDevices.email, mfaDevices.mobile, mfaDevices.securityKey],
    },
  ],
  socialProviders: [
    { id: demoProviderId, name: 'Acme ID', type: 'OPENID_CONNECT', username: 'demo' },
    {
      id: globexProviderId,
      name: 'Globex ID',
      type: 'OPENID_CONNECT',
      attributes: { username: 'gina.globex', email: 'gina@globex.example', name: { given: 'Gina', family: 'Globex' } },
    },
    {
      id: initechProviderId,
      name: 'Initech ID',
      type: 'OPENID_CONNECT',
      attributes: { username: 'ian.initech', email: 'ian@initech.example', name: { given: 'Ian', family: 'Initech' } },
      confirmAttributes: true,
    },
    { id: partnerProviderId, name: 'Partner SSO', type: 'SAML', username: 'partner' },
  ],
}
