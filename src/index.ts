export { PingOneSignOn, type PingOneSignOnProps } from './PingOneSignOn'
export { CurrentStep } from './CurrentStep'
export { useSignOn } from './useSignOn'
export type { SignOnState } from './SignOnContext'
export { useResume } from './useResume'
export { useActionForm, type ActionFormOptions } from './useActionForm'
export { defaultComponents } from './defaultComponents'
export type {
  AlertProps,
  ButtonProps,
  ErrorStepProps,
  LayoutProps,
  SignOnComponents,
  SocialButtonsProps,
  StepProps,
  TextFieldProps,
} from './components'
export { toStep, type Step, type StepKind } from './flow/toStep'
export { PingOneError, isPingOneError, type KitErrorCode } from './flow/errors'
export type { SignOnConfig } from './flow/config'
export type { SignOnResult } from './flow/result'
export type * from './flow/types'
