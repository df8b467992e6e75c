import fc from 'fast-check'
import { hostileString, wrongValue } from './strings'

/** Where the kit meets an answer: authorize, or the flow read for a `flowId`. */
export const entry = fc.constantFrom('authorize' as const, 'flowId' as const)

/** The 4xx statuses PingOne answers with an error body (5xx and 429 are retried, so left to other tests). */
export const errorStatus = fc.constantFrom(400, 401, 403, 404, 409, 422)

const detail = fc.record(
  {
    code: fc.oneof(fc.constantFrom('INVALID_VALUE', 'PASSWORD_LOCKED_OUT', 'INVALID_OTP'), wrongValue),
    target: fc.oneof(fc.constantFrom('password', 'newPassword', 'otp', 'username', 'toString'), wrongValue),
    message: fc.oneof(hostileString, wrongValue),
    innerError: fc.oneof(
      fc.record({ failuresRemaining: wrongValue, secondsUntilUnlock: wrongValue, unsatisfiedRequirements: wrongValue }, { requiredKeys: [] }),
      wrongValue,
    ),
  },
  { requiredKeys: [] },
)

/** Error bodies in PingOne's shape, with every part of them wrong now and then. */
export const errorBody = fc.record(
  {
    id: wrongValue,
    code: fc.oneof(fc.constantFrom('INVALID_DATA', 'NOT_FOUND', 'INVALID_VALUE', 'REQUEST_FAILED', 'UNEXPECTED_ERROR'), wrongValue),
    message: fc.oneof(hostileString, wrongValue),
    details: fc.oneof(fc.array(detail, { maxLength: 3 }), wrongValue),
  },
  { requiredKeys: ['code', 'message'] },
)

/** Text sent as JSON that does not parse: cut short, or not JSON at all. */
export const truncatedJson = fc.oneof(hostileString, fc.json()).map((text) => text.slice(0, -1))
