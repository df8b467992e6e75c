import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { CurrentStep, PingOneSignOn } from 'pingone-signon-react'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { hostSignOnConfig, keepResult } from '../hostConfig'

// The app behind bench/hosts/start/main.tsx: the kit host, taking over the sign-on main.tsx started.

const queryClient = new QueryClient()

/** Renders the app into #root. */
export function mount() {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <main>
          <PingOneSignOn {...hostSignOnConfig()} started={window.pingOneStarted} onComplete={keepResult}>
            <CurrentStep />
          </PingOneSignOn>
        </main>
      </QueryClientProvider>
    </StrictMode>,
  )
}
