import fc from 'fast-check'
import { publishedSocialProviders } from './fixtures'
import { anyJson, hostileString, wrongValue } from './strings'
import { environmentUrl, genuineLinks, linkNames, statuses } from './vocabulary'

/** Usually well formed, sometimes anything at all. */
const orWrong = <T>(arbitrary: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 3, arbitrary }, { weight: 1, arbitrary: wrongValue })

/** Well formed nearly always: for what decides whether the body is a flow at all. */
const rarelyWrong = <T>(arbitrary: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 9, arbitrary }, { weight: 1, arbitrary: wrongValue })

/** A record whose every key is optional. */
const someOf = <T extends Record<string, fc.Arbitrary<unknown>>>(model: T) => fc.record(model, { requiredKeys: [] })

const href = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(`${environmentUrl}/flows/f1`, `${environmentUrl}/as/resume?flowId=f1`) },
  { weight: 1, arbitrary: fc.constantFrom('https://evil.example/flows/f1', 'javascript:alert(1)', '//evil.example', '') },
  { weight: 1, arbitrary: fc.webUrl() },
  { weight: 1, arbitrary: wrongValue },
)
const link = orWrong(someOf({ href }))
const links = rarelyWrong(
  fc.oneof(
    {
      // Every link, some of them broken: the steps themselves get rendered.
      weight: 3,
      arbitrary: fc.dictionary(fc.constantFrom(...linkNames), link, { maxKeys: 4 }).map((broken) => ({ ...genuineLinks, ...broken })),
    },
    {
      weight: 1,
      arbitrary: fc.dictionary(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...linkNames) }, hostileString), link, { maxKeys: 10 }),
    },
  ),
)

const text = orWrong(hostileString)
const count = orWrong(fc.oneof(fc.integer({ min: -5, max: 200 }), fc.double({ noNaN: true, noDefaultInfinity: true })))

const socialProvider = orWrong(
  someOf({
    id: text,
    name: text,
    type: orWrong(fc.constantFrom('FACEBOOK', 'GOOGLE', 'APPLE', 'OPENID_CONNECT', 'SAML')),
    _links: orWrong(someOf({ authenticate: link })),
  }),
)

const device = orWrong(
  someOf({
    id: orWrong(fc.constantFrom('d1', 'd2', 'd3')),
    type: orWrong(fc.constantFrom('SMS', 'VOICE', 'EMAIL', 'TOTP', 'MOBILE', 'SECURITY_KEY', 'FIDO2', 'PLATFORM', 'CARRIER_PIGEON')),
    status: text,
    phone: text,
    email: text,
    nickname: text,
    model: orWrong(someOf({ marketingName: text })),
  }),
)

const passwordPolicy = orWrong(
  someOf({
    length: orWrong(someOf({ min: count, max: count })),
    minCharacters: orWrong(
      fc.dictionary(
        fc.oneof(fc.constantFrom('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz', '0123456789', '~!@#$%^&*()'), hostileString),
        count,
        { maxKeys: 5 },
      ),
    ),
    maxRepeatedCharacters: count,
    minUniqueCharacters: count,
    minComplexity: count,
    history: orWrong(someOf({ count })),
    excludesProfileData: orWrong(fc.boolean()),
  }),
)

const profileAttribute = orWrong(
  someOf({
    name: orWrong(
      fc.oneof(
        fc.constantFrom('email', 'mobilePhone', 'name', 'name.given', 'address', 'address.postalCode', 'a.b.c'),
        fc.constantFrom('0', 'x.0', 'x[0]', 'a..b', '.a', '__proto__', 'a.constructor', 'toString', 'valueOf', 'hasOwnProperty'),
        hostileString,
      ),
    ),
    displayName: text,
    required: orWrong(fc.boolean()),
  }),
)

const list = <T>(item: fc.Arbitrary<T>) => orWrong(fc.array(item, { maxLength: 6 }))

const embedded = rarelyWrong(
  someOf({
    socialProviders: fc.oneof(list(socialProvider), fc.constant(publishedSocialProviders)),
    devices: list(device),
    user: orWrong(someOf({ id: text, username: text, email: text, name: orWrong(someOf({ given: text, family: text })) })),
    application: orWrong(someOf({ id: text, name: text })),
    passwordPolicy,
    identityProvider: orWrong(someOf({ id: text, name: text, type: text })),
    attributes: fc.oneof(list(profileAttribute), orWrong(fc.dictionary(hostileString, anyJson, { maxKeys: 5 }))),
    promptText: text,
    agreement: orWrong(someOf({ id: text, name: text, language: text, text })),
  }),
)

/**
 * Bodies shaped like a flow: every known status (and unknown ones), random `_links`, and an
 * `_embedded` whose items are well formed, half formed or of the wrong type.
 */
export const flowShaped: fc.Arbitrary<unknown> = fc.record(
  {
    id: rarelyWrong(fc.constantFrom('f1', 'f2', 'a-very-ordinary-flow-id')),
    status: fc.oneof(
      { weight: 12, arbitrary: fc.constantFrom(...statuses) },
      { weight: 1, arbitrary: fc.constantFrom('completed', 'COMPLETED ', 'OTP_REQUIRED\u0000', 'toString', '__proto__') },
      { weight: 1, arbitrary: wrongValue },
    ),
    _links: links,
    _embedded: embedded,
    resumeUrl: orWrong(href),
    selectedDevice: orWrong(someOf({ id: orWrong(fc.constantFrom('d1', 'd2')) })),
    publicKeyCredentialRequestOptions: orWrong(fc.oneof(hostileString, fc.json())),
    error: orWrong(
      someOf({
        code: orWrong(fc.constantFrom('AGREEMENT_DECLINED', 'TOO_MANY_ATTEMPTS', 'PUSH_DENIED', 'SOMETHING_NEW', '__proto__')),
        message: text,
      }),
    ),
    authorizeResponse: orWrong(someOf({ code: text, state: text, error: text, error_description: text })),
    attributes: orWrong(fc.dictionary(hostileString, anyJson, { maxKeys: 4 })),
  },
  // id, status and _links are always there (if not always well typed), so most bodies reach the steps.
  { requiredKeys: ['id', 'status', '_links'] },
)
