import fc from 'fast-check'
import { afterAll, describe, it } from 'vitest'
import { entry } from './answers'
import { mutatedFixture } from './mutations'
import { batchOf, fuzzParameters, fuzzTimeout, lanes, printStepTally, showsAStep } from './property'

/** Answers in all; each run renders `lanes` of them side by side. */
const answers = Number(process.env.FUZZ_RUNS_FIXTURES ?? 3000)
const runs = Math.ceil(answers / lanes)

// The fixture's name and the mutations stay in the answer, so a counterexample says how it was made.
const answer = fc
  .record({ entry, mutated: mutatedFixture })
  .map(({ entry, mutated: { fixture, mutations, body } }) => ({ fixture, mutations, entry, status: 200, body }))

afterAll(() => printStepTally('fixture mutations: end states'))

describe('published PingOne flows, mutated', () => {
  it(`shows a step, a fallback or an error for ${runs * lanes} mutations of the fixtures (${runs} runs of ${lanes})`, async () => {
    await fc.assert(fc.asyncProperty(batchOf(answer), (batch) => showsAStep(batch)), fuzzParameters('fixture mutations', runs))
  }, fuzzTimeout)
})
