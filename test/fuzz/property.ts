import fc from 'fast-check'
import { expect } from 'vitest'
import type { StepKind } from '../../src'
import { requestBudget, showAnswers, type Answer } from './harness'

const stepKinds = [
  'usernamePassword', 'identifier', 'password', 'changePassword', 'recoveryCode', 'verificationCode',
  'deviceSelection', 'otp', 'push', 'pushTimedOut', 'assertion', 'accountLinking', 'accountConfirmation',
  'externalAuthentication', 'profileData', 'agreement', 'deviceCode', 'deviceConsent', 'completed', 'failed', 'unknown',
] as const satisfies readonly StepKind[]
type Unlisted = Exclude<StepKind, (typeof stepKinds)[number]>
const everyKindListed: [Unlisted] extends [never] ? true : Unlisted = true
void everyKindListed

/** The screens that end a flow; each must offer a way out. */
const deadEnds = new Set(['error', 'unknown', 'failed'])

/** Sign-ons rendered side by side in each fast-check run (see `showAnswers`). */
export const lanes = Number(process.env.FUZZ_LANES ?? 2)

/** `lanes` answers for one run. */
export const batchOf = <T extends Answer>(answer: fc.Arbitrary<T>) => fc.array(answer, { minLength: lanes, maxLength: lanes })

const shown = new Map<string | null, number>()

/**
 * The property every answer must satisfy: nothing escapes, nothing is injected, and the user sees a
 * step (with its heading), the fallback or the error step; never a blank page or an endless spinner.
 */
export async function showsAStep(answers: Answer[]): Promise<void> {
  const outcome = await showAnswers(answers)
  expect(outcome.errors, 'exceptions, React or jsdom errors').toEqual([])
  expect(outcome.requests, 'requests for these answers').toBeLessThanOrEqual(requestBudget * answers.length)
  // Only a flow someone else started (redirect mode, `flowId`) ends with the page going to PingOne.
  expect(outcome.navigations, 'page navigations').toBeLessThanOrEqual(answers.filter((a) => a.entry === 'flowId').length)
  for (const screen of outcome.screens) {
    shown.set(screen.step, (shown.get(screen.step) ?? 0) + 1)
    expect(screen.injected, 'server text turned into markup').toEqual([])
    expect([...stepKinds, 'error'], 'data-step of the kit root').toContain(screen.step)
    expect(screen.heading, `heading of the ${screen.step} step`).toBeTruthy()
    if (deadEnds.has(screen.step!)) expect(screen.buttons, `buttons of the ${screen.step} step`).toContain('Start again')
  }
}

/** With FUZZ_STATS set, prints how often each step was the end state: does the generator still reach the steps? */
export function printStepTally(title: string) {
  if (!process.env.FUZZ_STATS) return
  const rows = [...shown].sort((a, b) => b[1] - a[1]).map(([step, n]) => `  ${step}: ${n}`)
  console.log(`${title}\n${rows.join('\n')}`)
}

/**
 * fast-check parameters: `numRuns` as given, and a seed that is printed up front (so even a crashed
 * worker leaves it behind). FUZZ_SEED, and FUZZ_PATH from fast-check's report, replay a failure.
 * The first failure ends the run unless FUZZ_SHRINK is set: React reports some mistakes (a function
 * as a child, say) only once per component, so a shrunk case can pass where the first one failed,
 * and each try costs a render.
 */
export function fuzzParameters<T>(title: string, numRuns: number): fc.Parameters<T> {
  const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : (Date.now() ^ (Math.random() * 0x100000000)) | 0
  const path = process.env.FUZZ_PATH
  console.info(`${title}: ${numRuns} runs, FUZZ_SEED=${seed}`)
  return { numRuns, seed, endOnFailure: !process.env.FUZZ_SHRINK, ...(path ? { path } : {}) }
}

/** A generous ceiling for a whole property run, not an assertion on its speed. */
export const fuzzTimeout = 600_000
