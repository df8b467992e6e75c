import fc from 'fast-check'
import { afterAll, describe, it } from 'vitest'
import { entry, errorBody, errorStatus, truncatedJson } from './answers'
import type { Answer } from './harness'
import { batchOf, fuzzParameters, fuzzTimeout, lanes, printStepTally, showsAStep } from './property'
import { anyJson } from './strings'

/** Answers in all; each run renders `lanes` of them side by side. */
const answers = Number(process.env.FUZZ_RUNS_JSON ?? 3000)
const runs = Math.ceil(answers / lanes)

const answer: fc.Arbitrary<Answer> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ entry, status: fc.constant(200), body: anyJson }) },
  { weight: 2, arbitrary: fc.record({ entry, status: errorStatus, body: fc.oneof(errorBody, anyJson) }) },
  { weight: 1, arbitrary: fc.record({ entry, status: fc.constantFrom(200, 400), body: truncatedJson, raw: fc.constant(true) }) },
)

afterAll(() => printStepTally('arbitrary JSON: end states'))

describe('any JSON PingOne might answer', () => {
  it(`shows a step, a fallback or an error for ${runs * lanes} arbitrary bodies (${runs} runs of ${lanes})`, async () => {
    await fc.assert(fc.asyncProperty(batchOf(answer), (batch) => showsAStep(batch)), fuzzParameters('arbitrary JSON', runs))
  }, fuzzTimeout)
})
