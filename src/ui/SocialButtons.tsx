import type { SocialButtonsProps } from '../components'
import { useSignOn } from '../useSignOn'

/** The default list of external identity providers: one `SocialButton` each. */
export function SocialButtons({ providers, onSelect, isPending }: SocialButtonsProps) {
  const { components: C, t } = useSignOn()
  if (providers.length === 0) return null
  return (
    <div role="group" aria-label={t('social.label')} data-slot="social">
      {providers.map((provider) => (
        <C.SocialButton
          key={provider.id}
          provider={provider}
          aria-disabled={isPending || undefined}
          onClick={() => !isPending && onSelect(provider)}
        />
      ))}
    </div>
  )
}
