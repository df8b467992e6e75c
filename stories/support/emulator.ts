import { http, HttpResponse, type JsonBodyType, type RequestHandler } from 'msw'
import { fn } from 'storybook/test'
import { defaultConfig, type Emulator, type EmulatorApplication, type EmulatorConfig } from '../../emulator'
import type { EmulatorHandlers } from '../../emulator/msw'
import type { PingOneSignOnProps } from '../../src'

/** The stories' PingOne. MSW's service worker answers for it: nothing leaves the browser. */
export const authBaseUrl = 'https://auth.pingone.com'

/** What a story may set under `parameters` to shape its PingOne (read by .storybook/preview.tsx). */
export type EmulatorParameters = {
  /** The emulated environment; defaults to the demo one. */
  emulator?: EmulatorConfig
  /** Handlers tried before the emulator's, e.g. a recorded PingOne answer. */
  overrides?: RequestHandler[]
}

/** The emulator's clock; a story moves it forward to expire a flow. */
export type Clock = { now: () => number; advance: (ms: number) => void }

/**
 * What the preview's loader hands every story as `loaded`; `browse` plays the browser's page
 * navigations with the same cookies as the kit's calls (see `EmulatorHandlers.browse`).
 */
export type EmulatorLoaded = { emulator: Emulator; clock: Clock; browse: EmulatorHandlers['browse'] }

/** The demo environment with its one application changed. */
export function withApplication(patch: Partial<EmulatorApplication>, config = defaultConfig): EmulatorConfig {
  const [app, ...rest] = config.applications
  return { ...config, applications: [{ ...app!, ...patch }, ...rest] }
}

/**
 * The demo environment as a tenant that answers a wrong password on the password field
 * (`INVALID_VALUE` with the attempts left) rather than with `INVALID_CREDENTIALS`.
 */
export const wrongPasswordOnField: EmulatorConfig = { ...defaultConfig, wrongPassword: 'INVALID_VALUE' }

/** The demo environment, signing on with the username first and the password next. */
export const identifierFirst = withApplication({ signOnPolicy: 'identifierFirst' })

/**
 * Meta fields for stories of `<PingOneSignOn>` against `config`: the props for its first
 * application, spies for the events, and the config for the preview's emulator.
 */
export function onEmulator(config: EmulatorConfig = defaultConfig) {
  const app = config.applications[0]!
  const args = {
    environmentId: config.environmentId,
    clientId: app.clientId,
    redirectUri: app.redirectUris[0]!,
    authBaseUrl,
    // Storybook's iframe URL is never a PingOne page address.
    flowId: null,
    onComplete: fn(),
    onError: fn(),
  } satisfies PingOneSignOnProps
  return { args, parameters: { emulator: config } satisfies EmulatorParameters }
}

/** Answers the first request to `path` (under the environment) with `body`; the emulator answers the rest. */
export function answerOnce(path: string, body: JsonBodyType, config = defaultConfig): RequestHandler {
  const url = `${authBaseUrl}/${config.environmentId}/${path}`
  return http.get(url, () => HttpResponse.json(body), { once: true })
}
