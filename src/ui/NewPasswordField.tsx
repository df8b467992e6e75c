import { useId } from 'react'
import { useWatch, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form'
import { meetsPolicy, reportedRequirements } from '../flow/passwordPolicy'
import type { PasswordPolicy } from '../flow/types'
import { useSignOn } from '../useSignOn'
import { PasswordPolicyChecklist } from './PasswordPolicyChecklist'
import { fieldError } from './fieldError'

/** Props of {@link NewPasswordField}. */
export type NewPasswordFieldProps<T extends FieldValues> = {
  form: UseFormReturn<T>
  /** The body field PingOne expects: `newPassword`, or `password` when registering. */
  name: Path<T>
  label: string
  policy: PasswordPolicy | undefined
  requiredMessage: string
}

/**
 * A new-password field (through the `PasswordField` slot) with the live policy checklist under it.
 * It blocks a password that misses a rule the browser can check, and marks the rules PingOne
 * reported missed on the last try. Only this field re-renders as the user types.
 */
export function NewPasswordField<T extends FieldValues>({ form, name, label, policy, requiredMessage }: NewPasswordFieldProps<T>) {
  const { components, error, t } = useSignOn()
  const checklistId = useId()
  const password = useWatch({ control: form.control, name }) ?? ''
  const newPasswordError = fieldError(form, name)
  return (
    <>
      <components.PasswordField
        label={label}
        autoComplete="new-password"
        aria-describedby={policy ? checklistId : undefined}
        error={newPasswordError}
        {...form.register(name, {
          required: requiredMessage,
          validate: (value) => meetsPolicy(policy, value) || t('error.passwordRequirements'),
        })}
      />
      <PasswordPolicyChecklist
        id={checklistId}
        policy={policy}
        password={String(password)}
        reported={reportedRequirements(error?.details, name)}
      />
    </>
  )
}
