import { evaluatePassword } from '../flow/passwordPolicy'
import type { PasswordPolicy } from '../flow/types'
import { useSignOn } from '../useSignOn'
import { VisuallyHidden } from './VisuallyHidden'

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
  const { t, locale } = useSignOn()
  const rules = evaluatePassword(policy, password, reported).map((rule) => ({
    ...rule,
    label: t(rule.message.key, rule.message.params),
  }))
  const left = rules.filter((rule) => !rule.met)
  // React only touches the live region when this text changes: when a rule flips, not per keystroke.
  const summary =
    password === '' && reported.length === 0
      ? ''
      : left.length === 0
        ? t('passwordPolicy.allMet')
        : t('passwordPolicy.stillNeeds', { rules: listOf(locale, left.map((rule) => rule.label)) })
  if (rules.length === 0) return null
  return (
    <div data-slot="password-policy">
      <p id={`${id}-title`}>{t('passwordPolicy.title')}</p>
      <ul id={id} aria-labelledby={`${id}-title`}>
        {rules.map((rule) => (
          <li key={rule.id} data-met={rule.met ? '' : undefined} data-reported={rule.reported ? '' : undefined}>
            <span aria-hidden="true">{rule.met ? '✓' : rule.reported ? '✗' : '•'} </span>
            {rule.label}
            <VisuallyHidden>
              {' '}
              {t(rule.met ? 'passwordPolicy.met' : rule.reported ? 'passwordPolicy.reported' : 'passwordPolicy.notMet')}
            </VisuallyHidden>
          </li>
        ))}
      </ul>
      <VisuallyHidden role="status" aria-live="polite">
        {summary}
      </VisuallyHidden>
    </div>
  )
}

/** The rules as a list the locale's way ("a, b, c"; "a、b、c"). */
function listOf(locale: string, items: string[]): string {
  try {
    return new Intl.ListFormat(locale, { type: 'unit', style: 'short' }).format(items)
  } catch {
    return items.join(', ')
  }
}
