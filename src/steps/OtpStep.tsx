import { useState } from 'react'
import type { StepProps } from '../components'
import { errorMessage } from '../errorMessage'
import { otpPrompt } from '../flow/deviceLabel'
import { toPingOneError } from '../flow/errors'
import { OtherDevices } from '../ui/DeviceChoices'
import { FormError } from '../ui/FormError'
import { useActionForm } from '../useActionForm'
import { useSignOn } from '../useSignOn'

type Values = { otp: string }

/** OTP_REQUIRED: the code sent to the selected device (or shown by an authenticator app). */
export function OtpStep({ step, act, isPending }: StepProps<'otp'>) {
  const { components: C } = useSignOn()
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
      (error: unknown) => form.setError('root.server', { type: 'server', message: errorMessage(toPingOneError(error)) }),
    )
  }
  return (
    <C.Layout title="Enter your code">
      <p>{otpPrompt(device)}</p>
      {resent && <C.Alert tone="info">We sent you a new code.</C.Alert>}
      <form onSubmit={onSubmit} noValidate aria-busy={isPending || undefined}>
        <FormError errors={errors} />
        <C.TextField
          label="Code"
          autoComplete="one-time-code"
          inputMode="numeric"
          spellCheck={false}
          error={errors.otp?.message}
          {...form.register('otp', { required: 'Enter the code.' })}
        />
        <C.Button type="submit" aria-disabled={isPending || undefined}>
          Verify
        </C.Button>
      </form>
      {canResend && (
        <C.Button variant="link" aria-disabled={isPending || undefined} onClick={resend}>
          Resend code
        </C.Button>
      )}
      <OtherDevices step={step} />
    </C.Layout>
  )
}
