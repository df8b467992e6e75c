import { useContext } from 'react'
import { SignOnContext, type SignOnState } from './SignOnContext'

/**
 * The sign-on in progress: its flow, step, actions and errors.
 *
 * @example
 * function SwitchUser() {
 *   const { step, act } = useSignOn()
 *   if (step?.kind !== 'password' || !step.canSwitchUser) return null
 *   return <button onClick={() => act('session.reset')}>Not you?</button>
 * }
 */
export function useSignOn(): SignOnState {
  const state = useContext(SignOnContext)
  if (!state) throw new Error('`useSignOn` must be used within `<PingOneSignOn>`.')
  return state
}
