import type { ReactNode } from 'react'
import './preview.css'

/** A neutral page with the sign-on centred on a card, as a host app might show it. */
export function SignOnPage({ children }: { children: ReactNode }) {
  return (
    <main className="signon-page">
      <div className="signon-card">{children}</div>
    </main>
  )
}
