/** The summary of a set of timings, in ms. */
export type Summary = { median: number; min: number; p90: number; max: number; samples: number }

/** Median (mean of the middle two for an even count), min, p90 (nearest rank) and max. */
export function summarize(values: readonly number[]): Summary {
  if (values.length === 0) throw new Error('No samples to summarize.')
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  const median = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
  const p90 = sorted[Math.ceil(0.9 * sorted.length) - 1]!
  return { median, min: sorted[0]!, p90, max: sorted.at(-1)!, samples: sorted.length }
}
