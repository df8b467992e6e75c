import type { Feature } from './feature'

/** Account linking and confirmation, external authentication, profile data, agreement, device grant. */
export const followUpsFeature: Feature = {}
