import { describe, expect, it } from 'vitest'
import { evaluatePassword, meetsPolicy, reportedRequirements, type PasswordRule } from '../src/flow/passwordPolicy'
import { standardPasswordPolicy } from '../emulator/config/config'
import type { PasswordPolicy } from '../src/flow/types'
import { en } from '../src/messages/en'
import { createTranslator } from '../src/messages/translator'
import type { Message } from '../src/messages/types'

// The rules name catalogue keys; the English catalogue turns them into the words the user reads.
const t = createTranslator('en', (key) => (en as Record<string, Message | undefined>)[key])
const label = (rule: PasswordRule) => t(rule.message.key, rule.message.params)

// The policy the emulator enforces by default, so the kit's checklist is tested against the same rules.
const standard = standardPasswordPolicy

const unmet = (password: string, policy = standard) =>
  evaluatePassword(policy, password).filter((r) => !r.met).map((r) => r.id)

describe('evaluatePassword', () => {
  it('lists the browser-checkable rules in plain words, and leaves history to PingOne', () => {
    expect(evaluatePassword(standard, '').map(label)).toEqual([
      'At least 8 characters',
      'An uppercase letter',
      'A lowercase letter',
      'A number',
      'A special character (~!@#$%^&*()-_=+[]{}|;:,.<>/?)',
      'No character more than 2 times in a row',
      'At least 5 different characters',
    ])
  })

  it.each([
    ['Demo-Passw0rd!', []],
    ['short', ['length', 'minCharacters:ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'minCharacters:0123456789', 'minCharacters:~!@#$%^&*()-_=+[]{}|;:,.<>/?']],
    ['Aaaa-1111', ['maxRepeatedCharacters', 'minUniqueCharacters']],
    ['Aa1!Aa1!', ['minUniqueCharacters']],
  ])('%s misses %j', (password, expected) => {
    expect(unmet(password)).toEqual(expected)
  })

  it('counts characters, not UTF-16 units, and honours counts above one and a maximum', () => {
    const policy: PasswordPolicy = { length: { min: 3, max: 4 }, minCharacters: { '0123456789': 2 } }
    expect(evaluatePassword(policy, '😀😀1').map((r) => [label(r), r.met])).toEqual([
      ['3 to 4 characters', true],
      ['At least 2 numbers', false],
    ])
    expect(unmet('12345', policy)).toEqual(['length'])
  })

  it('marks rules PingOne reported, and adds the ones only PingOne can check', () => {
    const rules = evaluatePassword(standard, 'Demo-Passw0rd!', ['history', 'minCharacters', 'excludesProfileData'])
    expect(rules.filter((r) => r.reported).map((r) => [r.id, r.met])).toEqual([
      ['minCharacters:ABCDEFGHIJKLMNOPQRSTUVWXYZ', true],
      ['minCharacters:abcdefghijklmnopqrstuvwxyz', true],
      ['minCharacters:0123456789', true],
      ['minCharacters:~!@#$%^&*()-_=+[]{}|;:,.<>/?', true],
      ['history', false],
      ['excludesProfileData', false],
    ])
    expect(label(rules.at(-2)!)).toBe('Not one of your last 6 passwords')
  })

  it('has nothing to say without a policy', () => {
    expect(evaluatePassword(undefined, 'x')).toEqual([])
    expect(meetsPolicy(undefined, 'x')).toBe(true)
  })
})

describe('reportedRequirements', () => {
  it('reads unsatisfiedRequirements for one field only', () => {
    const details = [
      { code: 'INVALID_VALUE', target: 'email' },
      {
        code: 'INVALID_VALUE',
        target: 'newPassword',
        innerError: { unsatisfiedRequirements: ['length', 'history'], length: 'too short' },
      },
    ]
    expect(reportedRequirements(details, 'newPassword')).toEqual(['length', 'history'])
    expect(reportedRequirements(details, 'password')).toEqual([])
    expect(reportedRequirements(undefined, 'password')).toEqual([])
  })
})
