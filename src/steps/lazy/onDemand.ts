// What the kit loads on demand, as one chunk (./lazySteps): the steps few users reach, the screens
// within the password step that PingOne does not know about, and their English messages. One chunk,
// not one per step: the kit fetches them all when the browser is idle anyway, and one chunk is 3 kB
// smaller than four (gzip's dictionary and the glue between chunks; see the README's size table).
export { enLater } from '../../messages/en/later'
// MFA
export { DeviceSelectionStep } from '../DeviceSelectionStep'
export { OtpStep } from '../OtpStep'
export { PushStep } from '../PushStep'
export { PushTimedOutStep } from '../PushTimedOutStep'
export { AssertionStep } from '../AssertionStep'
// New passwords and accounts
export { ChangePasswordStep } from '../ChangePasswordStep'
export { RecoveryCodeStep } from '../RecoveryCodeStep'
export { VerificationCodeStep } from '../VerificationCodeStep'
export { ForgotPasswordForm } from '../../ui/ForgotPasswordForm'
export { RegistrationForm } from '../../ui/RegistrationForm'
// Beyond signing on: after a social login, profile data, an agreement, the device grant
export { AccountConfirmationStep } from '../AccountConfirmationStep'
export { AccountLinkingStep } from '../AccountLinkingStep'
export { AgreementStep } from '../AgreementStep'
export { DeviceCodeStep } from '../DeviceCodeStep'
export { DeviceConsentStep } from '../DeviceConsentStep'
export { ProfileDataStep } from '../ProfileDataStep'
