import { startSignOn } from 'pingone-signon-react/start'
import 'pingone-signon-react/styles.css'
import { hostSignOnConfig } from '../hostConfig'

// The kit host with the authorize sent from `pingone-signon-react/start` (1.4 kB): this entry is
// tiny, sends it at once, then loads the app (React and the kit), which bench/buildHosts.ts
// modulepreloads from the HTML so that its download starts with this one's.

window.pingOneStarted = startSignOn(hostSignOnConfig())
// `mount()`, not a bare import: this repository's package.json says its modules have no side
// effects, so a bundler would drop an `import()` whose module is not used.
void import('./app').then(({ mount }) => mount())
