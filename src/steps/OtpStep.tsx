import { useState } from 'react'
import type { StepProps } from '../components'
import { errorMessage } from '../errorMessage'
import { toPingOneError } from '../flow/errors'
import { OtherDevices } from '../ui/DeviceChoices'
import { otpPrompt } from '../ui/deviceText'
import { FormError } from '../ui/FormError'
import { useActionForm } from '../useActionForm'
import { useSignOn } from '../useSignOn'

type Values = { otp: string }

/** OTP_REQUIRED: the code sent to the selected device (or shown by an authenticator app). */
export function OtpStep({ step, act, isPending }: StepProps<'otp'>) {
  const { components: C, t } = useSignOn()
  const { form, onSubmit } = useActionForm<Values>({
    action: 'otp.check',
    defaultValues: { otp: '' },
    secretFields: ['otp'],
  })
  const [resent, setResent] = useState(false)
  const { errors } = form.formState
  const device = step.selectedDevice
  // Selecting the same device again is how PingOne resends a code; an authenticator app has none to send.
  const canResend = Boolean(device && step.canSwitchDevice && device.type !== 'TOTP')
  const resend = () => {
    if (!device || isPending) return
    setResent(false)
    form.clearErrors()
    act('device.select', { device: { id: device.id } }).then(
      () => setResent(true),
      (error: unknown) => form.setError('root.server', { type: 'server', message: errorMessage(t, toPingOneError(error)) }),
    )
  }
  return (
    <C.Layout title={t('otp.title')}>
      <p>{otpPrompt(t, device)}</p>
      {resent && <C.Alert tone="info">{t('otp.resent')}</C.Alert>}
      <form onSubmit={onSubmit} noValidate aria-busy={isPending || undefined}>
        <FormError errors={errors} />
        <C.CodeField
          label={t('otp.code')}
          error={errors.otp?.message}
          {...form.register('otp', { required: t('otp.codeRequired') })}
        />
        <C.Button type="submit" aria-disabled={isPending || undefined}>
          {t('otp.submit')}
        </C.Button>
      </form>
      {canResend && (
        <C.Link aria-disabled={isPending || undefined} onClick={resend}>
          {t('otp.resend')}
        </C.Link>
      )}
      <OtherDevices step={step} />
    </C.Layout>
  )
}
