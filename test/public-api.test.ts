import { expect, it } from 'vitest'
import * as emulator from '../emulator'
import * as kit from '../src'
import * as start from '../src/start'
import * as token from '../src/token'

// The public surface is a contract: a change here is a change for every host app.
it('exports exactly the intended kit API', () => {
  expect(Object.keys(kit).sort()).toEqual([
    'CurrentStep',
    'PingOneError',
    'PingOneSignOn',
    'defaultComponents',
    'detailMessage',
    'errorMessage',
    'isPingOneError',
    'resolveLocale',
    'shippedLocales',
    'startSignOn',
    'toStep',
    'useActionForm',
    'useResume',
    'useSignOn',
  ])
})

it('exports exactly the intended emulator API', () => {
  expect(Object.keys(emulator).sort()).toEqual(['createEmulator', 'defaultConfig', 'demoSecurityKey'])
})

it('exports exactly the intended token API', () => {
  expect(Object.keys(token).sort()).toEqual(['TokenError', 'redeemCode'])
})

it('exports exactly the intended start API', () => {
  expect(Object.keys(start).sort()).toEqual(['startSignOn'])
})
