import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { CurrentStep, PingOneSignOn } from 'pingone-signon-react'
import 'pingone-signon-react/styles.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { hostSignOnConfig, keepResult } from '../hostConfig'

// The bare page's dependencies, with the kit in place of the hand-made form, imported as a host does
// (bench/buildHosts.ts resolves the package to the built dist/).

const queryClient = new QueryClient()

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <main>
        <PingOneSignOn {...hostSignOnConfig()} onComplete={keepResult}>
          <CurrentStep />
        </PingOneSignOn>
      </main>
    </QueryClientProvider>
  </StrictMode>,
)
