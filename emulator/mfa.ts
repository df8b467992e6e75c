import type { Feature } from './feature'

/** Device selection, OTP, push and FIDO2 assertion (issue 3). */
export const mfaFeature: Feature = {}
