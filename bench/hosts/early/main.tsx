import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { CurrentStep, PingOneSignOn, startSignOn } from 'pingone-signon-react'
import 'pingone-signon-react/styles.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { hostSignOnConfig, keepResult } from '../hostConfig'

// The kit host, with the authorize sent as the page's script starts (startSignOn), before React
// renders: PingOne's round trip overlaps the rest of the page's start-up.

const config = hostSignOnConfig()
const started = startSignOn(config)
const queryClient = new QueryClient()

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <main>
        <PingOneSignOn {...config} started={started} onComplete={keepResult}>
          <CurrentStep />
        </PingOneSignOn>
      </main>
    </QueryClientProvider>
  </StrictMode>,
)
