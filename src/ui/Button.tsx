import { forwardRef } from 'react'
import type { ButtonProps } from '../components'

/** The default button: a native button with `data-variant` for styling. Forwards its ref (React 18). */
export const Button = forwardRef<HTMLButtonElement, Omit<ButtonProps, 'ref'>>(function Button(
  { variant = 'primary', type = 'button', ...props },
  ref,
) {
  return <button ref={ref} type={type} data-slot="button" data-variant={variant} {...props} />
})
