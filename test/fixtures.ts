import completedPkce from './fixtures/COMPLETED__resume-pi-flow-pkce__seed-001.json'
import completed from './fixtures/COMPLETED__resume-pi-flow__seed-000.json'
import signOnRequired from './fixtures/SIGN_ON_REQUIRED__authorize-pi-flow-social__seed-004.json'
import type { Flow } from '../src'

/** The responses this project was founded on, verbatim from PingOne. */
export const seeds = {
  resume: completed as Flow,
  resumePkce: completedPkce as Flow,
  authorizeSocial: signOnRequired as Flow,
}
