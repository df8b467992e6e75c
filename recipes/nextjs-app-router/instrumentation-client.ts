// Next.js runs this file in the browser before hydration (the file convention `instrumentation-client`):
// the earliest point at which our code runs. It starts the sign-on (app/signOnStart.ts).
import './app/signOnStart'
