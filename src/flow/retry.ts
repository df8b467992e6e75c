import { toPingOneError } from './errors'

/** Attempts per read, the first included. */
const maxAttempts = 3
/** The first backoff; each retry doubles it, with jitter. */
const baseDelayMs = 400
/** A `Retry-After` longer than this is not waited out: the user sees the error instead. */
const maxWaitMs = 10_000

/**
 * Runs a read (a GET that changes nothing the user did) and repeats it while it fails with a
 * transient error: up to {@link maxAttempts} in all, backing off exponentially or as long as the
 * server's `Retry-After` asks. Never use it for an action: a POST with credentials is not repeated.
 */
export async function withRetry<T>(read: () => Promise<T>, signal?: AbortSignal): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await read()
    } catch (error) {
      const wait = attempt < maxAttempts ? retryDelay(error, attempt) : undefined
      if (wait === undefined || signal?.aborted) throw error
      await sleep(wait, signal)
    }
  }
}

function retryDelay(thrown: unknown, attempt: number): number | undefined {
  const error = toPingOneError(thrown)
  if (!error.isTransient) return undefined
  if (error.retryAfter !== undefined) {
    const ms = error.retryAfter * 1000
    return ms <= maxWaitMs ? ms : undefined
  }
  const backoff = baseDelayMs * 2 ** (attempt - 1)
  return backoff / 2 + Math.random() * (backoff / 2)
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms)
    signal?.addEventListener('abort', done, { once: true })
    function done() {
      clearTimeout(timer)
      signal?.removeEventListener('abort', done)
      resolve()
    }
  })
}
