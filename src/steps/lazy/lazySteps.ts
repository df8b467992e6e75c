import { addLaterEnglish } from '../../messages/english'
import { lazyComponent } from './lazyComponent'

// The steps few users reach, from one chunk (./onDemand) with their English messages: fetched when
// the browser is idle after the first step shows (CurrentStep), and awaited before a flow that needs
// one is shown (useFlowSession), so reaching one costs no wait. The `import()` has a literal path,
// so every bundler splits it without configuration.
const onDemand = () =>
  import('./onDemand').then((chunk) => {
    addLaterEnglish(chunk.enLater)
    return chunk
  })

export const DeviceSelectionStep = lazyComponent(() => onDemand().then((m) => m.DeviceSelectionStep))
export const OtpStep = lazyComponent(() => onDemand().then((m) => m.OtpStep))
export const PushStep = lazyComponent(() => onDemand().then((m) => m.PushStep))
export const PushTimedOutStep = lazyComponent(() => onDemand().then((m) => m.PushTimedOutStep))
export const AssertionStep = lazyComponent(() => onDemand().then((m) => m.AssertionStep))
export const ChangePasswordStep = lazyComponent(() => onDemand().then((m) => m.ChangePasswordStep))
export const RecoveryCodeStep = lazyComponent(() => onDemand().then((m) => m.RecoveryCodeStep))
export const VerificationCodeStep = lazyComponent(() => onDemand().then((m) => m.VerificationCodeStep))
export const ForgotPasswordForm = lazyComponent(() => onDemand().then((m) => m.ForgotPasswordForm))
export const RegistrationForm = lazyComponent(() => onDemand().then((m) => m.RegistrationForm))
export const AccountLinkingStep = lazyComponent(() => onDemand().then((m) => m.AccountLinkingStep))
export const AccountConfirmationStep = lazyComponent(() => onDemand().then((m) => m.AccountConfirmationStep))
export const ProfileDataStep = lazyComponent(() => onDemand().then((m) => m.ProfileDataStep))
export const AgreementStep = lazyComponent(() => onDemand().then((m) => m.AgreementStep))
export const DeviceCodeStep = lazyComponent(() => onDemand().then((m) => m.DeviceCodeStep))
export const DeviceConsentStep = lazyComponent(() => onDemand().then((m) => m.DeviceConsentStep))
