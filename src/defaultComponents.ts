import type { SignOnComponents } from './components'
import { CompletedStep } from './steps/CompletedStep'
import { ErrorStep } from './steps/ErrorStep'
import { FailedStep } from './steps/FailedStep'
import { IdentifierStep } from './steps/IdentifierStep'
import { LoadingStep } from './steps/LoadingStep'
import { NotBuiltYet } from './steps/NotBuiltYet'
import { PasswordStep } from './steps/PasswordStep'
import { UnknownStep } from './steps/UnknownStep'
import { UsernamePasswordStep } from './steps/UsernamePasswordStep'
import { Alert } from './ui/Alert'
import { Button } from './ui/Button'
import { Layout } from './ui/Layout'
import { SocialButtons } from './ui/SocialButtons'
import { TextField } from './ui/TextField'

/** The kit's own slot implementations; spread your overrides over them through `components`. */
export const defaultComponents: SignOnComponents = {
  UsernamePasswordStep,
  IdentifierStep,
  PasswordStep,
  // passwords and registration
  ChangePasswordStep: NotBuiltYet,
  RecoveryCodeStep: NotBuiltYet,
  VerificationCodeStep: NotBuiltYet,
  // MFA
  DeviceSelectionStep: NotBuiltYet,
  OtpStep: NotBuiltYet,
  PushStep: NotBuiltYet,
  PushTimedOutStep: NotBuiltYet,
  AssertionStep: NotBuiltYet,
  // after a social login, profile, terms, device grant
  AccountLinkingStep: NotBuiltYet,
  AccountConfirmationStep: NotBuiltYet,
  ExternalAuthenticationStep: NotBuiltYet,
  ProfileDataStep: NotBuiltYet,
  AgreementStep: NotBuiltYet,
  DeviceCodeStep: NotBuiltYet,
  DeviceConsentStep: NotBuiltYet,
  CompletedStep,
  FailedStep,
  UnknownStep,
  ErrorStep,
  LoadingStep,
  Layout,
  Button,
  TextField,
  Alert,
  SocialButtons,
}
