import type { EmulatorConfig } from './config'
import type { ConfigProblem } from './configProblem'
import { faultRuleProblem } from './faultRuleProblem'
import {
  arrayOf,
  boolean,
  integer,
  isRecord,
  object,
  oneOf,
  optional,
  required,
  string,
  text,
  value,
  type Check,
} from './shapeChecks'
import { expectedDomain, expectedOrigin, expectedUrl, isDomain, isHttpUrl, isOrigin } from './urlChecks'

const policyTypes = ['usernamePassword', 'identifierFirst']
const origin = value(isOrigin, expectedOrigin)
const url = value(isHttpUrl, expectedUrl)
const flag = optional(boolean)

const application = object('an application', {
  clientId: required(text),
  name: required(string),
  redirectUris: required(arrayOf(url, 'an array of redirect URIs')),
  loginPageUrl: optional(url),
  corsOrigins: required(arrayOf(origin, 'an array of origins')),
  signOnPolicy: required(oneOf(policyTypes)),
  signOnPolicies: optional(
    arrayOf(object('a sign-on policy { name, type }', { name: required(text), type: required(oneOf(policyTypes)) })),
  ),
  socialProviderIds: optional(arrayOf(text)),
  pkce: optional(oneOf(['S256_REQUIRED', 'OPTIONAL'])),
  passwordRecovery: flag,
  registration: flag,
  mfa: flag,
  agreement: optional(
    object('an agreement { id, name, text }', { id: required(text), name: required(string), text: required(string) }),
  ),
  progressiveProfiling: optional(
    object('{ promptText, attributes }', {
      promptText: required(string),
      attributes: required(
        arrayOf(
          object('an attribute { name, displayName, required }', {
            name: required(text),
            displayName: required(string),
            required: required(boolean),
          }),
        ),
      ),
    }),
  ),
  davinci: optional(value((v) => v === true || isRecord(v), 'true, or the DaVinci JSON object to answer')),
})

const deviceTypes = ['SMS', 'VOICE', 'EMAIL', 'TOTP', 'MOBILE', 'SECURITY_KEY', 'FIDO2', 'PLATFORM']

const device = object('a device', {
  id: optional(text),
  type: required(oneOf(deviceTypes)),
  phone: optional(text),
  email: optional(text),
  nickname: optional(string),
  model: optional(string),
  default: flag,
  push: optional(oneOf(['approve', 'deny', 'timeout'])),
  pushAfterPolls: optional(integer(0)),
  pushTimeoutSeconds: optional(integer(1)),
  credentialId: optional(text),
  publicKey: optional(text),
})

const personName = object('a name { given, family }', { given: optional(string), family: optional(string) })

const user = object('a user', {
  id: optional(text),
  username: required(text),
  password: required(string),
  email: optional(text),
  name: optional(personName),
  passwordStatus: optional(oneOf(['EXPIRED', 'MUST_CHANGE'])),
  passwordless: flag,
  identityProvider: optional(text),
  attributes: optional(value(isRecord, 'an object of profile attributes')),
  acceptedAgreement: flag,
  devices: optional(arrayOf(device)),
})

const socialProvider = object('a social provider', {
  id: required(text),
  name: required(string),
  type: required(text),
  username: optional(text),
  attributes: optional(
    object('{ username, email, name }', { username: optional(text), email: optional(text), name: optional(personName) }),
  ),
  confirmAttributes: flag,
  fails: flag,
})

/** A fault rule, as `POST _emulator/faults` takes it (`times: -1` for always). */
const faultRule: Check = (found, path, problems) => {
  const problem = faultRuleProblem(found, path)
  if (!problem) return
  const expected = problem.message.slice(`${problem.target} must be `.length).replace(/\.$/, '')
  const names = problem.target.slice(path.length).split('.').filter(Boolean)
  const got = names.reduce<unknown>((v, name) => (isRecord(v) ? v[name] : undefined), found)
  problems.push({ path: problem.target, expected, got })
}

const counts = value((v) => isRecord(v) && Object.values(v).every(Number.isInteger), 'an object of character sets and counts')

/** Open: PingOne's policies have rules the emulator does not check. */
const passwordPolicy = object(
  'a password policy',
  {
    length: optional(object('{ min, max }', { min: optional(integer(0)), max: optional(integer(1)) })),
    minCharacters: optional(counts),
    maxRepeatedCharacters: optional(integer(1)),
    minUniqueCharacters: optional(integer(0)),
    minComplexity: optional(integer(0)),
    history: optional(object('{ count }', { count: optional(integer(0)) })),
  },
  true,
)

const environmentId = value(
  (v) => typeof v === 'string' && /^[^/?#\s]+$/.test(v),
  'an environment id such as a UUID (one URL path segment)',
)

const config = object('an emulator config', {
  environmentId: required(environmentId),
  applications: required(arrayOf(application)),
  users: required(arrayOf(user)),
  socialProviders: required(arrayOf(socialProvider)),
  lockout: optional(object('{ failures, seconds }', { failures: required(integer(1)), seconds: required(integer(0)) })),
  passwordPolicy: optional(passwordPolicy),
  customDomains: optional(arrayOf(value(isDomain, expectedDomain))),
  faults: optional(arrayOf(faultRule, 'an array of fault rules { on?, fault, times? }')),
  flowCookie: optional(oneOf(['required', 'optional'])),
  wrongPassword: optional(oneOf(['INVALID_CREDENTIALS', 'INVALID_VALUE'])),
  unknownUserRecovery: optional(oneOf(['NOT_FOUND', 'continue'])),
  rotateFlowIds: flag,
  httpSelfLinks: flag,
})

/**
 * Everything wrong with a config that may come from JSON (`pingone-emulator --config`), each
 * problem naming its field, in document order; empty when `found` is a valid {@link EmulatorConfig}.
 * Fields a config does not have are mistakes too, and so are social provider ids no provider has.
 */
export function validateConfig(found: unknown): ConfigProblem[] {
  const problems: ConfigProblem[] = []
  config(found, '', problems)
  return problems.length > 0 ? problems : referenceProblems(found as EmulatorConfig)
}

/**
 * Ids that point nowhere: an application's social providers, a user's identity provider. (A
 * provider's `username` that names no user is taken as an identity linked to no one.)
 */
function referenceProblems({ applications, users, socialProviders }: EmulatorConfig): ConfigProblem[] {
  const providerIds = socialProviders.map((provider) => provider.id)
  const providers = `the id of one of socialProviders (${providerIds.join(', ') || 'none'})`
  const problems: ConfigProblem[] = []
  applications.forEach((app, a) =>
    app.socialProviderIds?.forEach((id, i) => {
      if (!providerIds.includes(id)) problems.push({ path: `applications[${a}].socialProviderIds[${i}]`, expected: providers, got: id })
    }),
  )
  users.forEach((u, i) => {
    if (u.identityProvider !== undefined && !providerIds.includes(u.identityProvider)) {
      problems.push({ path: `users[${i}].identityProvider`, expected: providers, got: u.identityProvider })
    }
  })
  return problems
}
