import type { StepProps } from '../components'
import { FormError } from '../ui/FormError'
import { useActionForm } from '../useActionForm'
import { useSignOn } from '../useSignOn'

type Values = { userCode: string }

/** DAG_USER_CODE_REQUIRED: the code shown on the device (XXXX-XXXX) links it to this sign-on. */
export function DeviceCodeStep({ isPending }: StepProps<'deviceCode'>) {
  const { components: C } = useSignOn()
  const { form, onSubmit } = useActionForm<Values>({
    action: 'deviceAuthGrant.userCode.verify',
    defaultValues: { userCode: '' },
    secretFields: ['userCode'],
    toBody: ({ userCode }) => ({ userCode: userCode.trim().toUpperCase() }),
  })
  const { errors } = form.formState
  return (
    <C.Layout title="Connect a device">
      <p>Enter the code shown on your device.</p>
      <form onSubmit={onSubmit} noValidate aria-busy={isPending || undefined}>
        <FormError errors={errors} />
        <C.TextField
          label="Code"
          placeholder="XXXX-XXXX"
          autoComplete="one-time-code"
          autoCapitalize="characters"
          spellCheck={false}
          error={errors.userCode?.message}
          {...form.register('userCode', {
            required: 'Enter the code shown on your device.',
            pattern: { value: /^\s*[A-Za-z0-9]{4}-?[A-Za-z0-9]{4}\s*$/, message: 'The code has 8 characters, like BCDF-GHJK.' },
          })}
        />
        <C.Button type="submit" aria-disabled={isPending || undefined}>
          Continue
        </C.Button>
      </form>
    </C.Layout>
  )
}
