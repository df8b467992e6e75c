import type { BuildSize } from './buildSizes'
import type { ColdLoadResult } from './coldLoads'
import type { RenderResult } from './renders'
import type { JourneyResult } from './requestsPerJourney'
import type { StepChangeResult } from './stepChange'

/** Everything one `npm run bench` measured. */
export type BenchResults = {
  machine: string[]
  sizes: { bare: BuildSize; kit: BuildSize; emulatorCode: string[] }
  /** Cold loads per target. */
  runs: number
  /** The bare host, then each kit host (`kit`, or `early` with startSignOn) at each latency. */
  coldLoads: { bare: ColdLoadResult; kit: { host: KitHost; latencyMs: number; result: ColdLoadResult }[] }
  /** Cold loads on a phone (`phone` in coldLoads.ts): the bare host, then each kit host. */
  phoneRuns: number
  phoneLoads: { bare: ColdLoadResult; kit: { host: KitHost; result: ColdLoadResult }[] }
  /** The step change from the password step to the OTP step (loaded on demand), at 100 ms latency. */
  stepChanges: StepChangeResult[]
  journeys: JourneyResult[]
  renders: RenderResult
}

/**
 * The kit as most hosts use it, with the authorize sent before React renders (startSignOn), or sent
 * from the tiny start entry before the kit has downloaded (`pingone-signon-react/start`).
 */
export type KitHost = 'kit' | 'early' | 'start'

/** One "what it must show" claim of issue 6, checked against the figures. */
export type Check = { label: string; pass: boolean; detail: string }
