import type { ButtonProps } from '../components'

/** The default button: a native button with `data-variant` for styling. */
export function Button({ variant = 'primary', type = 'button', ...props }: ButtonProps) {
  return <button type={type} data-slot="button" data-variant={variant} {...props} />
}
