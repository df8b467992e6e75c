import type { Metadata } from 'next'
import type { ReactNode } from 'react'
// The kit's optional look: plain global CSS, so the root layout (a server component) imports it.
import 'pingone-signon-react/styles.css'

export const metadata: Metadata = { title: 'Sign on: pingone-signon-react on Next.js' }

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}
