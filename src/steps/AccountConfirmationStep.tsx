import type { FieldValues } from 'react-hook-form'
import type { StepProps } from '../components'
import { patchBody } from '../flow/patchBody'
import { FormError } from '../ui/FormError'
import { useActionForm } from '../useActionForm'
import { useSignOn } from '../useSignOn'

/** The attributes a confirmation may edit, in PATCH-user names. */
const fields = [
  { name: 'username', label: 'Username', autoComplete: 'username', required: true },
  { name: 'email', label: 'Email', autoComplete: 'email', type: 'email', required: true },
  { name: 'name.given', label: 'First name', autoComplete: 'given-name', required: false },
  { name: 'name.family', label: 'Last name', autoComplete: 'family-name', required: false },
] as const

/** ACCOUNT_CONFIRMATION_REQUIRED: the details the identity provider supplied, to check and edit. */
export function AccountConfirmationStep({ step, isPending }: StepProps<'accountConfirmation'>) {
  const { components: C } = useSignOn()
  const supplied = step.attributes
  const shown = fields.filter((field) => field.required || valueAt(supplied, field.name) !== '')
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
  const provider = step.identityProvider?.name || 'Your identity provider'
  return (
    <C.Layout title="Confirm your details">
      <p>{provider} shared these details. Correct anything that is wrong, then continue.</p>
      <form onSubmit={onSubmit} noValidate aria-busy={isPending || undefined}>
        <FormError errors={errors} />
        {shown.map((field) => (
          <C.TextField
            key={field.name}
            label={field.required ? field.label : `${field.label} (optional)`}
            type={'type' in field ? field.type : 'text'}
            autoComplete={field.autoComplete}
            autoCapitalize={field.name === 'username' ? 'none' : undefined}
            spellCheck={false}
            error={form.getFieldState(field.name, form.formState).error?.message}
            {...form.register(field.name, {
              required: field.required ? `Enter your ${field.label.toLowerCase()}.` : false,
              setValueAs: (value: unknown) => (typeof value === 'string' ? value.trim() : ''),
            })}
          />
        ))}
        <C.Button type="submit" aria-disabled={isPending || undefined}>
          Continue
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
