import { forwardRef, useEffect, useRef, useState } from 'react'
import type { TextFieldProps } from '../components'
import { useSignOn } from '../useSignOn'
import { FieldFrame, useField } from './Field'

/**
 * The default password input, with a "Show password" toggle. The password is hidden again when its
 * form is submitted (so password managers see a password field), and spelling services never see it.
 */
export const PasswordField = forwardRef<HTMLInputElement, Omit<TextFieldProps, 'ref'>>(function PasswordField(
  { label, description, error, id, 'aria-describedby': describedBy, type: _type, ...input },
  ref,
) {
  const { t } = useSignOn()
  const field = useField({ id, error, description, 'aria-describedby': describedBy })
  const [shown, setShown] = useState(false)
  const control = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const form = control.current?.closest('form')
    const hide = () => setShown(false)
    form?.addEventListener('submit', hide)
    return () => form?.removeEventListener('submit', hide)
  }, [])
  return (
    <FieldFrame field={field} label={label} description={description} error={error} kind="password">
      <div data-slot="control" ref={control}>
        <input
          ref={ref}
          type={shown ? 'text' : 'password'}
          spellCheck={false}
          autoCapitalize="none"
          autoCorrect="off"
          {...field.inputProps}
          {...input}
        />
        <button
          type="button"
          data-slot="reveal"
          aria-pressed={shown}
          aria-controls={field.inputId}
          onClick={() => setShown((value) => !value)}
        >
          {t('field.showPassword')}
        </button>
      </div>
    </FieldFrame>
  )
})
