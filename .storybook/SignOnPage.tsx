import type { ReactNode } from 'react'
import './preview.css'

export type SignOnPageProps = {
  /** The page follows the kit's colour scheme: `system` leaves it to `prefers-color-scheme`. */
  colorScheme?: 'light' | 'dark' | 'system'
  /** A brand theme from preview.css (`theme-<name>`): custom property overrides only. */
  theme?: string
  children: ReactNode
}

/** A neutral page with the sign-on centred on a card, as a host app might show it. */
export function SignOnPage({ colorScheme = 'system', theme = 'default', children }: SignOnPageProps) {
  return (
    <main
      className={theme === 'default' ? 'signon-page' : `signon-page theme-${theme}`}
      data-color-scheme={colorScheme === 'system' ? undefined : colorScheme}
    >
      <div className="signon-card">{children}</div>
    </main>
  )
}
