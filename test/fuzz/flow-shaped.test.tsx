import fc from 'fast-check'
import { afterAll, describe, it } from 'vitest'
import { entry } from './answers'
import { flowShaped } from './flowShaped'
import type { Answer } from './harness'
import { batchOf, fuzzParameters, fuzzTimeout, lanes, printStepTally, showsAStep } from './property'

/** Answers in all; each run renders `lanes` of them side by side. */
const answers = Number(process.env.FUZZ_RUNS_FLOWS ?? 4000)
const runs = Math.ceil(answers / lanes)

const answer: fc.Arbitrary<Answer> = fc.record({ entry, status: fc.constant(200), body: flowShaped })

afterAll(() => printStepTally('flow-shaped: end states'))

describe('flow-shaped answers with hostile contents', () => {
  it(`shows a step, a fallback or an error for ${runs * lanes} generated flows (${runs} runs of ${lanes})`, async () => {
    await fc.assert(fc.asyncProperty(batchOf(answer), (batch) => showsAStep(batch)), fuzzParameters('flow-shaped', runs))
  }, fuzzTimeout)
})
