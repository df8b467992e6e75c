import type { FieldValues } from 'react-hook-form'
import type { StepProps } from '../components'
import { patchBody } from '../flow/patchBody'
import type { MessageKey } from '../messages/types'
import { FormError } from '../ui/FormError'
import { useActionForm } from '../useActionForm'
import { useSignOn } from '../useSignOn'

/** The attributes a confirmation may edit, in PATCH-user names. */
const fields: { name: string; label: MessageKey; requiredMessage?: MessageKey; autoComplete: string; type?: string }[] = [
  { name: 'username', label: 'fields.username', requiredMessage: 'fields.usernameRequired', autoComplete: 'username' },
  { name: 'email', label: 'fields.email', requiredMessage: 'fields.emailRequired', autoComplete: 'email', type: 'email' },
  { name: 'name.given', label: 'accountConfirmation.firstName', autoComplete: 'given-name' },
  { name: 'name.family', label: 'accountConfirmation.lastName', autoComplete: 'family-name' },
]

/** ACCOUNT_CONFIRMATION_REQUIRED: the details the identity provider supplied, to check and edit. */
export function AccountConfirmationStep({ step, isPending }: StepProps<'accountConfirmation'>) {
  const { components: C, t } = useSignOn()
  const supplied = step.attributes
  const shown = fields.filter((field) => field.requiredMessage || valueAt(supplied, field.name) !== '')
  const { form, onSubmit } = useActionForm<FieldValues>({
    action: 'user.confirm',
    defaultValues: {
      username: valueAt(supplied, 'username'),
      email: valueAt(supplied, 'email'),
      name: { given: valueAt(supplied, 'name.given'), family: valueAt(supplied, 'name.family') },
    },
    toBody: patchBody,
  })
  const { errors } = form.formState
  const provider = step.identityProvider?.name
  return (
    <C.Layout title={t('accountConfirmation.title')}>
      <p>{provider ? t('accountConfirmation.intro', { provider }) : t('accountConfirmation.introUnnamed')}</p>
      <form onSubmit={onSubmit} noValidate aria-busy={isPending || undefined}>
        <FormError errors={errors} />
        {shown.map((field) => (
          <C.TextField
            key={field.name}
            label={field.requiredMessage ? t(field.label) : t('field.optional', { label: t(field.label) })}
            type={field.type ?? 'text'}
            autoComplete={field.autoComplete}
            autoCapitalize={field.name === 'username' ? 'none' : undefined}
            spellCheck={false}
            error={form.getFieldState(field.name).error?.message}
            {...form.register(field.name, {
              required: field.requiredMessage ? t(field.requiredMessage) : false,
              setValueAs: (value: unknown) => (typeof value === 'string' ? value.trim() : ''),
            })}
          />
        ))}
        <C.Button type="submit" aria-disabled={isPending || undefined}>
          {t('accountConfirmation.submit')}
        </C.Button>
      </form>
    </C.Layout>
  )
}

function valueAt(attributes: Record<string, unknown>, path: string): string {
  let value: unknown = attributes
  for (const key of path.split('.')) value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined
  return typeof value === 'string' ? value : ''
}
