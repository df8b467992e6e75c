import { useEffect, useState } from 'react'
import type { User } from 'oidc-client-ts'
import { userManager } from './config'

// Once per page load: StrictMode runs effects twice in development, and the callback's state can
// be used only once.
let callback: Promise<User> | undefined

export function Callback() {
  const [user, setUser] = useState<User>()
  const [error, setError] = useState<string>()

  useEffect(() => {
    callback ??= userManager.signinRedirectCallback()
    callback.then(
      (signedIn) => {
        setUser(signedIn)
        window.history.replaceState(null, '', '/callback') // the code is spent; keep it out of history
      },
      (reason: unknown) => setError(reason instanceof Error ? reason.message : String(reason)),
    )
  }, [])

  if (error) {
    return (
      <main>
        <h1>Sign-in failed</h1>
        <p role="alert">{error}</p>
        <a href="/">Back</a>
      </main>
    )
  }
  if (!user) return <p role="status">Signing in…</p>
  return (
    <main>
      <h1>Signed in as {user.profile.preferred_username ?? user.profile.sub}</h1>
      <dl>
        <dt>sub</dt>
        <dd data-testid="sub">{user.profile.sub}</dd>
        <dt>name</dt>
        <dd>{user.profile.name}</dd>
      </dl>
      <a href="/">Home</a>
    </main>
  )
}
