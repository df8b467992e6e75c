import type { CSSProperties } from 'react'
import { evaluatePassword } from '../flow/passwordPolicy'
import type { PasswordPolicy } from '../flow/types'

/** Props of {@link PasswordPolicyChecklist}. */
export type PasswordPolicyChecklistProps = {
  /** Give the password field `aria-describedby={id}` so the rules are read with it. */
  id: string
  policy: PasswordPolicy | undefined
  /** What is typed in the new-password field now. */
  password: string
  /** Requirement names PingOne reported missed on the last try (`unsatisfiedRequirements`). */
  reported?: string[]
}

/**
 * The password rules under a new-password field, each marked met or not as the user types. A polite
 * live region says how many are left, and only changes when that does, so typing is not talked over.
 */
export function PasswordPolicyChecklist({ id, policy, password, reported = [] }: PasswordPolicyChecklistProps) {
  const rules = evaluatePassword(policy, password, reported)
  const left = rules.filter((rule) => !rule.met)
  // React only touches the live region when this text changes: when a rule flips, not per keystroke.
  const summary =
    password === '' && reported.length === 0
      ? ''
      : left.length === 0
        ? 'All password requirements met.'
        : `Password still needs: ${left.map((rule) => rule.label).join(', ')}.`
  if (rules.length === 0) return null
  return (
    <div data-slot="password-policy">
      <p id={`${id}-title`}>Your password needs:</p>
      <ul id={id} aria-labelledby={`${id}-title`}>
        {rules.map((rule) => (
          <li key={rule.id} data-met={rule.met ? '' : undefined} data-reported={rule.reported ? '' : undefined}>
            <span aria-hidden="true">{rule.met ? '✓' : rule.reported ? '✗' : '•'} </span>
            {rule.label}
            <span style={visuallyHidden}>
              {rule.met ? ' (met)' : rule.reported ? ' (not met, says PingOne)' : ' (not met yet)'}
            </span>
          </li>
        ))}
      </ul>
      <p role="status" aria-live="polite" style={visuallyHidden}>
        {summary}
      </p>
    </div>
  )
}

// Inline, because the stylesheet is optional and these words must never show.
const visuallyHidden: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  margin: -1,
  padding: 0,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
}
