import { useEffect, useState } from 'react'
import type { User } from 'oidc-client-ts'
import { userManager } from './config'

export function Home() {
  const [user, setUser] = useState<User | null>(null)
  useEffect(() => {
    void userManager.getUser().then(setUser)
  }, [])

  return (
    <main>
      <h1>oidc-client-ts with a custom PingOne sign-on page</h1>
      {user ? <p>Signed in as {user.profile.preferred_username ?? user.profile.sub}.</p> : <p>You are not signed in.</p>}
      <button type="button" onClick={() => void userManager.signinRedirect()}>
        Sign in
      </button>
    </main>
  )
}
