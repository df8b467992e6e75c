import { forwardRef } from 'react'
import type { SocialButtonProps } from '../components'
import { useSignOn } from '../useSignOn'

/** The default button for one external identity provider: "Continue with <name>". */
export const SocialButton = forwardRef<HTMLButtonElement, Omit<SocialButtonProps, 'ref'>>(function SocialButton(
  { provider, type = 'button', ...props },
  ref,
) {
  const { t } = useSignOn()
  return (
    <button ref={ref} type={type} data-slot="social-button" data-provider-type={provider.type} {...props}>
      {t('social.continueWith', { name: provider.name })}
    </button>
  )
})
