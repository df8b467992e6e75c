import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  // The default for the App Router; written out because the test counts authorize requests:
  // in `next dev` StrictMode mounts <PingOneSignOn> twice, `next build` + `next start` once.
  reactStrictMode: true,
}

export default nextConfig
