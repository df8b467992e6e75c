import type { SignOnComponents } from '../../components'
import type { Flow } from '../../flow/types'
import { toStep } from '../../flow/toStep'
import { slotOf } from '../slotOf'
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

/** Fetches every chunk the kit may need later: the on-demand slots in use and the password step's screens. */
export function preloadAll(components: SignOnComponents): void {
  for (const component of [...Object.values(components), RegistrationForm, ForgotPasswordForm]) {
    if (isLazy(component)) component.preload().catch(() => undefined)
  }
}
