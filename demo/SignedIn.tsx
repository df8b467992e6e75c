import { authRoot, signOnConfig } from './config'
import type { Tokens } from './redeem'

/** The demo's signed-in page: who, the ID token's claims, and a sign-off link. */
export function SignedIn({ tokens }: { tokens: Tokens }) {
  const { claims } = tokens
  const name = String(claims.preferred_username ?? claims.sub)
  const signOff = new URL(`${authRoot}/as/signoff`)
  signOff.searchParams.set('id_token_hint', tokens.idToken)
  signOff.searchParams.set('post_logout_redirect_uri', signOnConfig.redirectUri)
  return (
    <section aria-labelledby="signed-in">
      <h1 id="signed-in">Signed in as {name}</h1>
      <h2>ID token claims</h2>
      <dl className="claims">
        {Object.entries(claims).map(([key, value]) => (
          <div key={key}>
            <dt>{key}</dt>
            <dd>{typeof value === 'string' ? value : JSON.stringify(value)}</dd>
          </div>
        ))}
      </dl>
      <a href={signOff.href}>Sign out</a>
    </section>
  )
}
