import type { ComponentPropsWithRef, ComponentType, ReactNode } from 'react'
import type { PingOneError } from './flow/errors'
import type { Step, StepKind } from './flow/toStep'
import type { Flow, FlowAction, SocialProvider } from './flow/types'

/** Props every step slot receives. `step` is already narrowed to the slot's kind. */
export type StepProps<K extends StepKind> = {
  step: Extract<Step, { kind: K }>
  /** Performs a flow action; rejects with a {@link PingOneError} (also exposed as `error`). */
  act: (action: FlowAction, body?: Record<string, unknown>) => Promise<Flow>
  isPending: boolean
  /** The last action's error, or null. */
  error: PingOneError | null
  /** Abandons this flow and starts a new sign-on. */
  restart: () => void
}

/** Props of the slot shown when the sign-on cannot go on (start failed, flow expired, resume failed). */
export type ErrorStepProps = { error: PingOneError; restart: () => void }

/** Props of the page frame around every step. */
export type LayoutProps = { title: string; children?: ReactNode }

/** Props of the button primitive: a native button plus a variant. */
export type ButtonProps = ComponentPropsWithRef<'button'> & { variant?: 'primary' | 'secondary' | 'link' }

/** Props of the text input primitive: a native input plus its label and error. */
export type TextFieldProps = ComponentPropsWithRef<'input'> & {
  label: string
  /** Shown under the field and wired to it with `aria-describedby`. */
  error?: string
}

/** Props of the message primitive; errors are announced to screen readers. */
export type AlertProps = { tone?: 'error' | 'info'; children?: ReactNode }

/** Props of the list of external identity providers. */
export type SocialButtonsProps = {
  providers: SocialProvider[]
  onSelect: (provider: SocialProvider) => void
  isPending: boolean
}

/** Which step slot renders which step kind. */
export type StepSlots = {
  UsernamePasswordStep: 'usernamePassword'
  IdentifierStep: 'identifier'
  PasswordStep: 'password'
  ChangePasswordStep: 'changePassword'
  RecoveryCodeStep: 'recoveryCode'
  VerificationCodeStep: 'verificationCode'
  DeviceSelectionStep: 'deviceSelection'
  OtpStep: 'otp'
  PushStep: 'push'
  PushTimedOutStep: 'pushTimedOut'
  AssertionStep: 'assertion'
  AccountLinkingStep: 'accountLinking'
  AccountConfirmationStep: 'accountConfirmation'
  ExternalAuthenticationStep: 'externalAuthentication'
  ProfileDataStep: 'profileData'
  AgreementStep: 'agreement'
  DeviceCodeStep: 'deviceCode'
  DeviceConsentStep: 'deviceConsent'
  CompletedStep: 'completed'
  FailedStep: 'failed'
  UnknownStep: 'unknown'
}

/**
 * Every slot the kit renders. Step slots replace a whole screen; primitive slots restyle every
 * screen at once. Pass any subset as `components` to `<PingOneSignOn>`.
 */
export type SignOnComponents = { [Slot in keyof StepSlots]: ComponentType<StepProps<StepSlots[Slot]>> } & {
  ErrorStep: ComponentType<ErrorStepProps>
  LoadingStep: ComponentType
  Layout: ComponentType<LayoutProps>
  Button: ComponentType<ButtonProps>
  TextField: ComponentType<TextFieldProps>
  Alert: ComponentType<AlertProps>
  SocialButtons: ComponentType<SocialButtonsProps>
}
