import type { SocialButtonsProps } from '../components'
import { useSignOn } from '../useSignOn'

/** The default list of external identity providers: one button each. */
export function SocialButtons({ providers, onSelect, isPending }: SocialButtonsProps) {
  const { Button } = useSignOn().components
  if (providers.length === 0) return null
  return (
    <div role="group" aria-label="Other ways to sign on" data-slot="social">
      {providers.map((provider) => (
        <Button
          key={provider.id}
          variant="secondary"
          aria-disabled={isPending || undefined}
          onClick={() => !isPending && onSelect(provider)}
        >
          Continue with {provider.name}
        </Button>
      ))}
    </div>
  )
}
