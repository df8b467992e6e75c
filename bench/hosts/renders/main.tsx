import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { CurrentStep, PingOneSignOn, useSignOn } from 'pingone-signon-react'
import 'pingone-signon-react/styles.css'
import { Profiler, StrictMode, useEffect } from 'react'
import { createRoot } from 'react-dom/client'
import { hostSignOnConfig, keepResult } from '../hostConfig'
import { profiledComponents } from './profiledComponents'
import { onRender, recordRender } from './profilerLog'

// The kit host with profilers, built with React's profiling build (bench/buildHosts.ts): one around
// the whole kit, one per measured slot, and a probe that renders only when the provider's context
// value changes.

/**
 * Renders nothing; re-renders exactly when `<PingOneSignOn>` hands its consumers a new value.
 * Counted with an effect, not a `<Profiler>`: React 19 finds context consumers lazily, after a
 * Profiler it skips over has decided nothing below it rendered, so a Profiler here would miss them.
 */
function ContextConsumer() {
  useSignOn()
  useEffect(() => recordRender('useSignOn consumer'))
  return null
}

const queryClient = new QueryClient()

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <main>
        <Profiler id="PingOneSignOn" onRender={onRender}>
          <PingOneSignOn {...hostSignOnConfig()} components={profiledComponents} onComplete={keepResult}>
            <ContextConsumer />
            <CurrentStep />
          </PingOneSignOn>
        </Profiler>
      </main>
    </QueryClientProvider>
  </StrictMode>,
)
