import { describe, it } from 'vitest'
import { showsAStep } from './property'
import { brokenErrorBodies, collidingFlows, repeatedProviders } from './regressions'

// The answers the fuzz found breaking the kit, checked on every run whatever the seed.
describe('answers that once broke the renderer', () => {
  it.each(brokenErrorBodies.map((batch, i) => [i + 1, batch] as const))('error bodies whose details are not text (%i)', (_n, batch) =>
    showsAStep(batch),
  )
  it.each(collidingFlows.map((batch, i) => [i + 1, batch] as const))('flows that collide with JavaScript names or repeat items (%i)', (_n, batch) =>
    showsAStep(batch),
  )
  it.each(repeatedProviders.map((batch, i) => [i + 1, batch] as const))('published flows with their lists repeated (%i)', (_n, batch) =>
    showsAStep(batch),
  )
})
