import { useState } from 'react'
import { PingOneSignOn, startSignOn, type PingOneError, type SignOnResult } from '../src'
import { signOnConfig } from './config'
import { redeem, type Tokens } from './redeem'
import { SignedIn } from './SignedIn'

// The browser's language, or ?lang=de to try another one; the whole page, not only the kit, reads
// right to left in Arabic and Hebrew.
const locale = new URLSearchParams(location.search).get('lang') ?? navigator.language
const dir = /^(ar|he)\b/i.test(locale) ? 'rtl' : 'ltr'
document.documentElement.lang = locale
document.documentElement.dir = dir

// The authorize goes out as the page's script starts, before React renders (README: "Start the
// sign-on before React renders").
const started = startSignOn(signOnConfig)

/** What a host does with the kit's errors: the kit has told the user; this tells the developers. */
function report(error: PingOneError) {
  console.warn(`Sign-on error: ${error.code}`, error)
}

/** A host app: a branded page around the kit, which redeems the code once the kit delivers it. */
export function App() {
  const [tokens, setTokens] = useState<Tokens | null>(null)
  const [redeemError, setRedeemError] = useState<string | null>(null)

  const onComplete = (result: SignOnResult) => {
    redeem(result).then(setTokens, (error: Error) => setRedeemError(error.message))
  }

  return (
    <div className="page">
      <header className="brand">
        <span aria-hidden="true" className="logo">◆</span> Acme Bank
      </header>
      <main className="card">
        {tokens ? (
          <SignedIn tokens={tokens} />
        ) : redeemError ? (
          <p role="alert">The code could not be redeemed: {redeemError}</p>
        ) : (
          <PingOneSignOn {...signOnConfig} started={started} locale={locale} onComplete={onComplete} onError={report} />
        )}
      </main>
    </div>
  )
}
