import type { SignOnComponents } from './components'
import { AccountConfirmationStep } from './steps/AccountConfirmationStep'
import { AccountLinkingStep } from './steps/AccountLinkingStep'
import { AgreementStep } from './steps/AgreementStep'
import { AssertionStep } from './steps/AssertionStep'
import { ChangePasswordStep } from './steps/ChangePasswordStep'
import { CompletedStep } from './steps/CompletedStep'
import { DeviceCodeStep } from './steps/DeviceCodeStep'
import { DeviceConsentStep } from './steps/DeviceConsentStep'
import { DeviceSelectionStep } from './steps/DeviceSelectionStep'
import { ErrorStep } from './steps/ErrorStep'
import { ExternalAuthenticationStep } from './steps/ExternalAuthenticationStep'
import { FailedStep } from './steps/FailedStep'
import { IdentifierStep } from './steps/IdentifierStep'
import { LoadingStep } from './steps/LoadingStep'
import { OtpStep } from './steps/OtpStep'
import { PasswordStep } from './steps/PasswordStep'
import { ProfileDataStep } from './steps/ProfileDataStep'
import { RecoveryCodeStep } from './steps/RecoveryCodeStep'
import { PushStep } from './steps/PushStep'
import { PushTimedOutStep } from './steps/PushTimedOutStep'
import { UnknownStep } from './steps/UnknownStep'
import { UsernamePasswordStep } from './steps/UsernamePasswordStep'
import { VerificationCodeStep } from './steps/VerificationCodeStep'
import { Alert } from './ui/Alert'
import { Brand } from './ui/Brand'
import { Button } from './ui/Button'
import { CodeField } from './ui/CodeField'
import { DeviceOption } from './ui/DeviceOption'
import { Heading } from './ui/Heading'
import { Layout } from './ui/Layout'
import { Link } from './ui/Link'
import { PasswordField } from './ui/PasswordField'
import { SocialButton } from './ui/SocialButton'
import { SocialButtons } from './ui/SocialButtons'
import { Spinner } from './ui/Spinner'
import { TextField } from './ui/TextField'

/** The kit's own slot implementations; spread your overrides over them through `components`. */
export const defaultComponents: SignOnComponents = {
  UsernamePasswordStep,
  IdentifierStep,
  PasswordStep,
  // passwords and registration
  ChangePasswordStep,
  RecoveryCodeStep,
  VerificationCodeStep,
  // MFA
  DeviceSelectionStep,
  OtpStep,
  PushStep,
  PushTimedOutStep,
  AssertionStep,
  // after a social login, profile, terms, device grant
  AccountLinkingStep,
  AccountConfirmationStep,
  ExternalAuthenticationStep,
  ProfileDataStep,
  AgreementStep,
  DeviceCodeStep,
  DeviceConsentStep,
  CompletedStep,
  FailedStep,
  UnknownStep,
  ErrorStep,
  LoadingStep,
  // primitives
  Layout,
  Brand,
  Heading,
  Button,
  Link,
  TextField,
  PasswordField,
  CodeField,
  Alert,
  Spinner,
  SocialButtons,
  SocialButton,
  DeviceOption,
}
