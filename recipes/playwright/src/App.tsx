import { PingOneSignOn, type SignOnResult } from 'pingone-signon-react'
import { StrictMode, useState } from 'react'
import { createRoot } from 'react-dom/client'
import { pingone } from './pingone'
import { started } from './started'

function App() {
  const [result, setResult] = useState<SignOnResult>()
  if (result) {
    // A real app redeems the code here: redeemCode(result, pingone) from 'pingone-signon-react/token',
    // or a POST to its own backend.
    return (
      <main>
        <h1>Signed in</h1>
        <p>{result.code ? 'Authorization code received.' : 'No authorization code.'}</p>
      </main>
    )
  }
  return (
    <main>
      {/* `started`: the sign-on src/main.ts started before this module loaded, taken over. */}
      <PingOneSignOn {...pingone} started={started} onComplete={setResult} />
    </main>
  )
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
