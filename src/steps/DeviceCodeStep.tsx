import type { StepProps } from '../components'
import { FormError } from '../ui/FormError'
import { useActionForm } from '../useActionForm'
import { useSignOn } from '../useSignOn'

type Values = { userCode: string }

/** DAG_USER_CODE_REQUIRED: the code shown on the device (XXXX-XXXX) links it to this sign-on. */
export function DeviceCodeStep({ isPending }: StepProps<'deviceCode'>) {
  const { components: C, t } = useSignOn()
  const { form, onSubmit } = useActionForm<Values>({
    action: 'deviceAuthGrant.userCode.verify',
    defaultValues: { userCode: '' },
    secretFields: ['userCode'],
    toBody: ({ userCode }) => ({ userCode: userCode.trim().toUpperCase() }),
  })
  const { errors } = form.formState
  return (
    <C.Layout title={t('deviceCode.title')}>
      <p>{t('deviceCode.intro')}</p>
      <form onSubmit={onSubmit} noValidate aria-busy={isPending || undefined}>
        <FormError errors={errors} />
        <C.CodeField
          label={t('deviceCode.code')}
          placeholder={t('deviceCode.placeholder')}
          // Letters and digits: a text keyboard, not the numeric one.
          inputMode="text"
          autoCapitalize="characters"
          error={errors.userCode?.message}
          {...form.register('userCode', {
            required: t('deviceCode.codeRequired'),
            pattern: { value: /^\s*[A-Za-z0-9]{4}-?[A-Za-z0-9]{4}\s*$/, message: t('deviceCode.codeFormat') },
          })}
        />
        <C.Button type="submit" aria-disabled={isPending || undefined}>
          {t('deviceCode.submit')}
        </C.Button>
      </form>
    </C.Layout>
  )
}
