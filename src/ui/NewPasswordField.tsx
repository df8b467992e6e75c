import { forwardRef, useId } from 'react'
import type { TextFieldProps } from '../components'
import type { PasswordPolicy } from '../flow/types'
import { useSignOn } from '../useSignOn'
import { PasswordPolicyChecklist } from './PasswordPolicyChecklist'

/** Props of {@link NewPasswordField}: a text field's, plus the policy and what is typed. */
export type NewPasswordFieldProps = Omit<TextFieldProps, 'ref'> & {
  policy: PasswordPolicy | undefined
  /** The field's current value, for the checklist. */
  password: string
  /** Requirement names PingOne reported missed on the last try. */
  reported?: string[]
}

/** A new-password field (through the `TextField` slot) with the policy checklist under it. */
export const NewPasswordField = forwardRef<HTMLInputElement, NewPasswordFieldProps>(function NewPasswordField(
  { policy, password, reported, ...field },
  ref,
) {
  const { TextField } = useSignOn().components
  const checklistId = useId()
  return (
    <>
      <TextField
        ref={ref}
        type="password"
        autoComplete="new-password"
        aria-describedby={policy ? checklistId : undefined}
        {...field}
      />
      <PasswordPolicyChecklist id={checklistId} policy={policy} password={password} reported={reported} />
    </>
  )
})
