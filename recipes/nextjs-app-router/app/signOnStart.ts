import { startSignOn } from 'pingone-signon-react/start'
import { signOnConfig } from './signOnConfig'

// The sign-on, started as early as Next.js runs any code of ours in the browser: instrumentation-client.ts
// imports this module before React hydrates, while the page's own chunks (the kit among them) may
// still be downloading. `pingone-signon-react/start` is 1.4 kB and needs neither React nor the kit.
// SignIn.tsx imports the same module (one instance in the browser bundle) and hands `started` to
// <PingOneSignOn>, which reads PingOne's answer instead of sending a second authorize.
// On the server startSignOn does nothing: the server renders the kit's loading step, as before.
export const started = startSignOn(signOnConfig)
