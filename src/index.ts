export { PingOneSignOn, type PingOneSignOnProps } from './PingOneSignOn'
export { startSignOn, type StartedSignOn } from './startSignOn'
export { CurrentStep } from './CurrentStep'
export { useSignOn } from './useSignOn'
export type { SignOnState } from './SignOnContext'
export { useResume } from './useResume'
export { useActionForm, type ActionFormOptions } from './useActionForm'
export { defaultComponents } from './defaultComponents'
export type {
  AlertProps,
  ButtonProps,
  DeviceOptionProps,
  ErrorStepProps,
  HeadingProps,
  LayoutProps,
  LinkProps,
  SignOnComponents,
  SocialButtonProps,
  SocialButtonsProps,
  SpinnerProps,
  StepProps,
  StepSlots,
  TextFieldProps,
} from './components'
export { shippedLocales, resolveLocale, type ShippedLocale } from './messages/locales'
export { errorMessage, detailMessage } from './errorMessage'
export type { LocaleMessages } from './messages/useMessages'
export type {
  Catalogue,
  Message,
  MessageKey,
  MessageOverrides,
  MessageParams,
  PluralMessage,
  Translate,
} from './messages/types'
export { toStep, type Step, type StepKind } from './flow/toStep'
export { PingOneError, isPingOneError, type KitErrorCode } from './flow/errors'
export type { SignOnConfig } from './flow/config'
export type { SignOnResult } from './flow/result'
export type * from './flow/types'
