import type { Metadata } from 'next'
import type { ReactNode } from 'react'
import { preconnect } from 'react-dom'
import { signOnConfig } from './signOnConfig'
// The kit's optional look: plain global CSS, so the root layout (a server component) imports it.
import 'pingone-signon-react/styles.css'

export const metadata: Metadata = { title: 'Sign on: pingone-signon-react on Next.js' }

export default function RootLayout({ children }: { children: ReactNode }) {
  // <link rel="preconnect"> in the head: the connection to PingOne opens while the scripts download.
  // No `crossOrigin`: the kit's requests carry cookies (credentials: 'include'), and a preconnect
  // with crossorigin="anonymous" would warm a connection for requests without them.
  preconnect(new URL(signOnConfig.authBaseUrl!).origin)
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}
