import { startSignOn } from 'pingone-signon-react/start'
import { pingone } from './pingone'

// The sign-on, started by the page's first module (src/main.ts) before React and the kit have
// downloaded: `pingone-signon-react/start` is 1.4 kB and needs neither. App.tsx hands `started` to
// <PingOneSignOn>, which reads PingOne's answer instead of sending a second authorize.
export const started = startSignOn(pingone)
