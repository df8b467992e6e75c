import { enFirst } from './en/first'
import { enLater } from './en/later'

/**
 * The English catalogue: every string the kit shows, in two parts: those of the first load
 * (./en/first) and those of the steps loaded on demand (./en/later). This whole catalogue is for
 * types, tests, Storybook and the build (the order of a locale's message lists); the kit's modules
 * read the parts (./english).
 */
export const en = { ...enFirst, ...enLater }
