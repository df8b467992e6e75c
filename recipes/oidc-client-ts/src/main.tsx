import { StrictMode, type JSX } from 'react'
import { createRoot } from 'react-dom/client'
import { Callback } from './Callback'
import { Home } from './Home'
import { LoginPage } from './LoginPage'

// Three pages, one per URL the application registers in PingOne (see emulator.json):
//   /          the app: "Sign in" calls userManager.signinRedirect()
//   /login     the login page URL: PingOne sends the browser here with ?environmentId=&flowId=
//   /callback  the redirect URI: PingOne sends the browser here with ?code=&state=
const pages: Record<string, () => JSX.Element> = { '/login': LoginPage, '/callback': Callback }
const Page = pages[window.location.pathname] ?? Home

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Page />
  </StrictMode>,
)
