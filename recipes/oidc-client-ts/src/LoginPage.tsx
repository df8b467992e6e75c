import { PingOneSignOn } from 'pingone-signon-react'
import 'pingone-signon-react/styles.css'
import { authBaseUrl, environmentId } from './config'

/**
 * The application's login page URL. PingOne sends the browser here from authorize with
 * `?environmentId=&flowId=`; `loginPage` makes the kit continue that flow (it did not start it) and,
 * once the user is through, navigate to PingOne's resume URL, which redirects to the redirect URI
 * oidc-client-ts sent on authorize, with the code.
 */
export function LoginPage() {
  return (
    <main>
      <PingOneSignOn
        authBaseUrl={authBaseUrl}
        environmentId={environmentId}
        // No clientId or redirectUri: the flow, its client and its redirect URI come from the
        // authorize oidc-client-ts sent. Opened without a flow, the page says to sign in from the app.
        loginPage
        onError={(error) => console.warn('PingOne sign-on error', error.code, error.status)}
      />
    </main>
  )
}
