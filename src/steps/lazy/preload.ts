import type { SignOnComponents } from '../../components'
import type { Flow } from '../../flow/types'
import { toStep } from '../../flow/toStep'
import { IdentifierStep } from '../IdentifierStep'
import { slotOf } from '../slotOf'
import { UsernamePasswordStep } from '../UsernamePasswordStep'
import { isLazy } from './lazyComponent'
import { ForgotPasswordForm, RegistrationForm } from './lazySteps'

/**
 * Fetches the chunk of the slot that will show `flow`, if that slot loads on demand. Never fails:
 * a chunk that cannot be fetched fails where it renders, which shows why (CurrentStep).
 */
export function preloadFor(components: SignOnComponents, flow: Flow): Promise<void> {
  const slot = components[slotOf(toStep(flow).kind)]
  return isLazy(slot) ? slot.preload().catch(() => undefined) : Promise.resolve()
}

/**
 * Fetches what the kit may need later: the on-demand slots in use, and the "Forgot password?" and
 * "Create an account" screens if the kit's own password or identifier step opens them. Nothing when
 * the host replaced all of those.
 */
export function preloadAll(components: SignOnComponents): void {
  const opensScreens = components.UsernamePasswordStep === UsernamePasswordStep || components.IdentifierStep === IdentifierStep
  const screens = opensScreens ? [RegistrationForm, ForgotPasswordForm] : []
  for (const component of [...Object.values(components), ...screens]) {
    if (isLazy(component)) component.preload().catch(() => undefined)
  }
}
