import { PingOneSignOn, type SignOnConfig, type SignOnResult } from 'pingone-signon-react'
import 'pingone-signon-react/styles.css' // optional default look

export type SignInProps = {
  /** Your PingOne environment, application and redirect URI (in tests: the emulator's). */
  config: SignOnConfig
  /** Gets the authorization code and its PKCE verifier; redeem them (redeemCode, or your backend). */
  onComplete: (result: SignOnResult) => void
}

/** The app's sign-on page: PingOne's steps, rendered by the kit. */
export function SignIn({ config, onComplete }: SignInProps) {
  return (
    <main>
      <PingOneSignOn {...config} scope="openid profile" onComplete={onComplete} />
    </main>
  )
}
