import { createContext } from 'react'
import type { SignOnComponents } from './components'
import type { ResolvedConfig } from './flow/config'
import type { PingOneError } from './flow/errors'
import type { SignOnResult } from './flow/result'
import type { Step } from './flow/toStep'
import type { Flow, FlowAction, Link, SocialProvider } from './flow/types'
import type { Translate } from './messages/types'
import type { SignOnNotice } from './session/useRestartWhenExpired'

/** Everything a step or a custom component can read about the sign-on in progress. */
export type SignOnState = {
  config: ResolvedConfig
  components: SignOnComponents
  /** The message for a catalogue key, in the current locale, with the host's overrides applied. */
  t: Translate
  /** The locale in use: the best shipped (or overridden) match for the `locale` prop. */
  locale: string
  /** The writing direction of the locale, or the `dir` prop. */
  dir: 'ltr' | 'rtl'
  /** Appearance options from the provider, for the root element. */
  appearance: { colorScheme: 'light' | 'dark' | 'system'; unstyled: boolean }
  /** True until the locale's messages have loaded. */
  isLoadingMessages: boolean
  /** The current flow, once PingOne has answered. */
  flow: Flow | undefined
  /** The step derived from the flow. */
  step: Step | undefined
  /** Performs a flow action; rejects with a {@link PingOneError}. */
  act: (action: FlowAction, body?: Record<string, unknown>) => Promise<Flow>
  /** Re-reads the current flow from PingOne (push polling); rejects with a {@link PingOneError}. */
  refresh: () => Promise<Flow | undefined>
  /**
   * Sends the whole page to an external identity provider of the current flow: a social provider,
   * or a link such as EXTERNAL_AUTHENTICATION_REQUIRED's `authenticate`. Only to PingOne's origin.
   */
  authenticate: (target: SocialProvider | Link) => void
  /** Abandons this flow and starts a new sign-on. */
  restart: () => void
  /** The username last sent to PingOne in this mount, to prefill a form after a restart. */
  lastUsername: string | undefined
  /**
   * Something to tell the user above the step: `'flowExpired'` when the flow expired and a new one
   * started by itself (the username is kept; the password must be typed again). Cleared on the next action.
   */
  notice: SignOnNotice | null
  /** True while an action request runs. */
  isPending: boolean
  /** The last action's error (wrong password and the like): the step shows it. */
  error: PingOneError | null
  /**
   * An error that ends this flow (start failed, untrusted link, resume failed): only a restart helps.
   * An expired flow is not one: a new flow starts by itself (see `notice`).
   */
  fatalError: PingOneError | null
  /** The authorization code and PKCE verifier, once the flow is completed and resumed. */
  result: SignOnResult | undefined
}

export const SignOnContext = createContext<SignOnState | null>(null)
