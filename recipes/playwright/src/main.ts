// The page's entry, kept tiny: start the sign-on (src/started.ts), then load the app. In a
// production build, vite.config.ts has the HTML preload the app's chunk, so it downloads alongside this one.
import './started'
import 'pingone-signon-react/styles.css' // optional default look

void import('./App')
