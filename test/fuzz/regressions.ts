import type { Answer } from './harness'
import { flowFixtures } from './fixtures'
import { mutate, type Mutation } from './mutations'
import { genuineLinks } from './vocabulary'

// Answers the fuzz once found breaking the kit, kept as plain examples (see regressions.test.tsx).

const flow = (status: string, fields: Record<string, unknown> = {}) => ({ id: 'f1', status, _links: genuineLinks, ...fields })
const answer = (body: unknown, entry: Answer['entry'] = 'authorize', status = 200): Answer => ({ entry, status, body })

/** Error bodies whose details are not text. */
export const brokenErrorBodies: Answer[][] = [
  [
    answer({ code: 'INVALID_DATA', message: 'Bad', details: [{ code: 'INVALID_VALUE', target: 'password', message: {} }] }, 'authorize', 400),
    answer({ code: 'INVALID_DATA', message: 'Bad', details: [{ code: 7, target: ['x'], message: [{}] }] }, 'flowId', 400),
  ],
  // An expired flow at the very start: one new start at most, not a loop.
  [answer({ code: 'NOT_FOUND', message: 'Gone' }, 'authorize', 404), answer({ code: 'NOT_FOUND', message: 'Gone' }, 'flowId', 404)],
]

/** Flows whose `_embedded` collides with JavaScript's own names, or repeats itself. */
export const collidingFlows: Answer[][] = [
  [
    answer(flow('PROFILE_DATA_REQUIRED', { _embedded: { attributes: [{ name: '__proto__' }, { name: 'name' }, { name: 'name.given' }, { name: 'toString' }] } })),
    answer(flow('MUST_CHANGE_PASSWORD', { _embedded: { passwordPolicy: { minCharacters: { toString: 1, hasOwnProperty: 2 }, length: 'long' } } })),
  ],
  [
    answer(flow('DEVICE_SELECTION_REQUIRED', { _embedded: { devices: [{ id: 'd1', type: 'constructor' }, { id: 'd1', type: 'SMS', phone: { x: 1 } }] } })),
    answer(flow('OTP_REQUIRED', { selectedDevice: 'd1', _embedded: { devices: [{ id: 'd1', type: 'toString', nickname: ['x'] }] } }), 'flowId'),
  ],
  [
    answer(flow('FAILED', { error: 'TOO_MANY_ATTEMPTS' })),
    answer(flow('ACCOUNT_LINKING_REQUIRED', { _embedded: { passwordPolicy: 'strong', identityProvider: { name: {} } } })),
  ],
]

const mutated = (fixture: string, mutations: Mutation[]) => ({
  fixture,
  mutations,
  ...answer(mutate(flowFixtures[fixture], mutations)),
})

/** The founding identifier-first response with its social providers listed twice. */
export const repeatedProviders = [
  [
    mutated('SIGN_ON_REQUIRED__authorize-pi-flow-social__seed-004', [{ kind: 'duplicateArray', at: 0 }]),
    mutated('OTP_REQUIRED__user-lookup-sign-on-with-username', [{ kind: 'duplicateArray', at: 0 }, { kind: 'status', status: 'DEVICE_SELECTION_REQUIRED' }]),
  ],
]
