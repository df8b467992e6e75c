import type { ComponentPropsWithRef, ComponentType, ReactNode } from 'react'
import type { PingOneError } from './flow/errors'
import type { Step, StepKind } from './flow/toStep'
import type { Flow, FlowAction, FlowDevice, SocialProvider } from './flow/types'

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

/** Props of the page frame around every step: it shows the `Brand` and `Heading` slots, then the step. */
export type LayoutProps = { title: string; children?: ReactNode }

/** Props of the step heading: a native `h1`. The kit focuses it when the step changes. */
export type HeadingProps = ComponentPropsWithRef<'h1'>

/** Props of the button primitive: a native button plus a variant. */
export type ButtonProps = ComponentPropsWithRef<'button'> & { variant?: 'primary' | 'secondary' }

/**
 * Props of the link primitive: an in-page action that looks like a link ("Forgot password?"). It
 * changes the step rather than the page, so it is a native button.
 */
export type LinkProps = ComponentPropsWithRef<'button'>

/** Props of the text input primitive: a native input plus its label, description and error. */
export type TextFieldProps = ComponentPropsWithRef<'input'> & {
  label: string
  /** Help shown under the field and wired to it with `aria-describedby`. */
  description?: ReactNode
  /** Shown under the field and wired to it with `aria-describedby`; marks it `aria-invalid`. */
  error?: string
}

/** Props of the message primitive; errors are announced at once, the others politely. */
export type AlertProps = { tone?: 'error' | 'info' | 'success'; children?: ReactNode }

/** Props of the busy indicator: `label` is what screen readers hear. */
export type SpinnerProps = { label: string }

/** Props of the list of external identity providers. */
export type SocialButtonsProps = {
  providers: SocialProvider[]
  onSelect: (provider: SocialProvider) => void
  isPending: boolean
}

/** Props of one external identity provider's button: a native button plus the provider. */
export type SocialButtonProps = ComponentPropsWithRef<'button'> & { provider: SocialProvider }

/** Props of one MFA device to choose: a native button plus the device and its label. */
export type DeviceOptionProps = ComponentPropsWithRef<'button'> & { device: FlowDevice; label: string }

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
  /** Above every step's heading; empty unless `--pingone-logo` is set. Replace it with your logo. */
  Brand: ComponentType
  Heading: ComponentType<HeadingProps>
  Button: ComponentType<ButtonProps>
  Link: ComponentType<LinkProps>
  TextField: ComponentType<TextFieldProps>
  /** A current or new password, with a show/hide toggle. */
  PasswordField: ComponentType<TextFieldProps>
  /** A one-time or verification code. */
  CodeField: ComponentType<TextFieldProps>
  Alert: ComponentType<AlertProps>
  Spinner: ComponentType<SpinnerProps>
  SocialButtons: ComponentType<SocialButtonsProps>
  SocialButton: ComponentType<SocialButtonProps>
  DeviceOption: ComponentType<DeviceOptionProps>
}
