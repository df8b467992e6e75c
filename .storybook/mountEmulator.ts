import type { SetupWorker } from 'msw/browser'
import { createEmulator, defaultConfig, type EmulatorConfig } from '../emulator'
import { createEmulatorHandlers } from '../emulator/msw'
import { authBaseUrl, type Clock, type EmulatorLoaded, type EmulatorParameters } from '../stories/support/emulator'

/**
 * Gives the story a fresh PingOne: a new emulator (own clock, no flows, no sessions) behind the
 * worker, with the story's overrides first. Whatever the previous story left is dropped.
 */
export function mountEmulator(worker: SetupWorker, parameters: EmulatorParameters): EmulatorLoaded {
  const clock = createClock()
  const emulator = createEmulator(servingThisPage(parameters.emulator ?? defaultConfig), { now: clock.now })
  const { handlers, browse } = createEmulatorHandlers(emulator, authBaseUrl)
  worker.resetHandlers(...(parameters.overrides ?? []), ...handlers)
  // Story parameters live as long as the page: re-arm their one-time overrides for this visit.
  worker.restoreHandlers()
  forgetKitStorage()
  return { emulator, clock, browse }
}

/**
 * The story's environment with this catalogue's origin allowed on every application: the catalogue
 * is the app here, wherever it is served (`npm run storybook` on :6006, a built one on a free port),
 * and the emulator's MSW mount refuses an origin the application does not allow, as a browser does.
 */
function servingThisPage(config: EmulatorConfig): EmulatorConfig {
  const page = window.location.origin
  return {
    ...config,
    applications: config.applications.map((app) =>
      app.corsOrigins.includes(page) ? app : { ...app, corsOrigins: [...app.corsOrigins, page] },
    ),
  }
}

function createClock(): Clock {
  let offset = 0
  return {
    now: () => Date.now() + offset,
    advance: (ms) => {
      offset += ms
    },
  }
}

// The kit keeps PKCE transactions in sessionStorage; the iframe shares it with the manager, so
// only the kit's keys go.
function forgetKitStorage() {
  for (const key of Object.keys(sessionStorage)) {
    if (key.startsWith('pingone-signon:')) sessionStorage.removeItem(key)
  }
}
