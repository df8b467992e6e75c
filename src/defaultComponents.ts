import type { SignOnComponents } from './components'
import { CompletedStep } from './steps/CompletedStep'
import { ErrorStep } from './steps/ErrorStep'
import { ExternalAuthenticationStep } from './steps/ExternalAuthenticationStep'
import { FailedStep } from './steps/FailedStep'
import { IdentifierStep } from './steps/IdentifierStep'
import { LoadingStep } from './steps/LoadingStep'
import { PasswordStep } from './steps/PasswordStep'
import {
  AccountConfirmationStep,
  AccountLinkingStep,
  AgreementStep,
  AssertionStep,
  ChangePasswordStep,
  DeviceCodeStep,
  DeviceConsentStep,
  DeviceSelectionStep,
  OtpStep,
  ProfileDataStep,
  PushStep,
  PushTimedOutStep,
  RecoveryCodeStep,
  VerificationCodeStep,
} from './steps/lazy/lazySteps'
import { UnknownStep } from './steps/UnknownStep'
import { UsernamePasswordStep } from './steps/UsernamePasswordStep'
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

/**
 * The kit's own slot implementations; spread your overrides over them through `components`. The
 * steps few users reach load on demand, from one chunk of their own that the kit fetches when the
 * browser is idle after the first step shows, unless you replaced every slot that needs it.
 */
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
