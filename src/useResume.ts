import type { PingOneError } from './flow/errors'
import type { SignOnResult } from './flow/result'
import { useSignOn } from './useSignOn'

/**
 * The outcome of the sign-on: the authorization code with its PKCE verifier once PingOne has
 * completed the flow and resume has answered. Delivered once per flow, like `onComplete`.
 *
 * @example
 * function Done() {
 *   const { result } = useResume()
 *   return result ? <RedeemCode {...result} /> : null
 * }
 */
export function useResume(): { result: SignOnResult | undefined; error: PingOneError | null; isResuming: boolean } {
  const { result, fatalError, step } = useSignOn()
  return { result, error: fatalError, isResuming: step?.kind === 'completed' && !result && !fatalError }
}
