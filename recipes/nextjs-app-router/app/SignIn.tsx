'use client'
// A client component: it holds state (useState) and passes functions (onComplete, onError) to
// <PingOneSignOn>. A server component can do neither: functions cannot cross from the server to
// the client. The kit's own entry starts with 'use client' too, but it needs a client parent for
// its callbacks.

import { useState } from 'react'
import { PingOneSignOn, type PingOneError, type SignOnResult } from 'pingone-signon-react'
import { redeemCode } from 'pingone-signon-react/token'
import { signOnConfig } from './signOnConfig'
import { started } from './signOnStart'

type Outcome =
  | { kind: 'signingOn' }
  | { kind: 'signedIn'; username: string; claims: Record<string, unknown> }
  | { kind: 'failed'; message: string }

export function SignIn() {
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'signingOn' })

  async function redeem(result: SignOnResult) {
    try {
      // Redeems the code in the browser (PKCE, ID token signature, iss, aud, nonce, exp). To keep
      // tokens off the browser, post `result` to a route handler and redeem it there instead.
      const { claims } = await redeemCode(result, signOnConfig)
      const username = typeof claims.preferred_username === 'string' ? claims.preferred_username : claims.sub
      setOutcome({ kind: 'signedIn', username, claims })
    } catch (error) {
      setOutcome({ kind: 'failed', message: error instanceof Error ? error.message : String(error) })
    }
  }

  if (outcome.kind === 'signedIn') {
    return (
      <section aria-labelledby="signed-in">
        <h1 id="signed-in">Signed in as {outcome.username}</h1>
        <pre>{JSON.stringify(outcome.claims, null, 2)}</pre>
      </section>
    )
  }

  return (
    <>
      {outcome.kind === 'failed' && <p role="alert">Could not redeem the code: {outcome.message}</p>}
      <PingOneSignOn
        {...signOnConfig}
        // The sign-on instrumentation-client.ts started before hydration: taken over, not sent again.
        started={started}
        onComplete={redeem}
        onError={(error: PingOneError) => console.warn('PingOne sign-on error', error.code, error.status)}
      />
    </>
  )
}
