import type { Feature } from './feature'

/** Expired and must-change passwords, recovery, registration and verification (issue 3). */
export const passwordsFeature: Feature = {}
