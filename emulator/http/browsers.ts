import type { Ctx } from '../state/context'
import { flowCookieNames, flowCookies, readCookie } from './cookies'
import { json } from './http'
import { newId } from '../state/ids'
import type { BrowserRecord, FlowRecord } from '../state/store'

// PingOne binds a flow to the browser that started it: authorize sets `ST` and `ST-NO-SS` (one
// value), and every later read, action and resume of the flow must carry them, or it is refused
// with 401 (real-clients.md D1; fixtures/error-401-ACCESS_FAILED-INVALID_TOKEN__3P-oauthPlayground.json).
// The value is random and appears nowhere else: not the session id, not in a body, not in a token.

/** The browser the request's `ST` (or `ST-NO-SS`) cookie names, if the emulator issued it. */
export function requestBrowser(ctx: Ctx): BrowserRecord | undefined {
  for (const name of flowCookieNames) {
    const value = readCookie(ctx.request, name)
    const browser = value === undefined ? undefined : ctx.store.browsers.get(value)
    if (browser) return browser
  }
  return undefined
}

/** The request's browser, or a new one: authorize and the device page bind each flow they start. */
export function bindBrowser(ctx: Ctx, flow: FlowRecord): BrowserRecord {
  const browser = requestBrowser(ctx) ?? { cookie: newId() }
  ctx.store.browsers.set(browser.cookie, browser)
  flow.browser = browser.cookie
  return browser
}

/** The `Set-Cookie` header that (re)issues the cookies of `flow`'s browser: every answer renews them. */
export function browserCookieHeaders(ctx: Ctx, flow: FlowRecord): HeadersInit {
  if (!flow.browser) return {}
  return flowCookies(ctx.base, flow.browser).map((line): [string, string] => ['Set-Cookie', line])
}

/**
 * True when the request may act on `flow`: it carries the cookie of the browser the flow is bound
 * to, or the environment does not check (`flowCookie: 'optional'`).
 */
export function carriesFlowCookie(ctx: Ctx, flow: FlowRecord): boolean {
  if (ctx.config.flowCookie === 'optional') return true
  return flow.browser !== undefined && requestBrowser(ctx)?.cookie === flow.browser
}

/** PingOne's answer to a flow call without the flow's cookies, as a real tenant sent it. */
export function missingFlowCookie(): Response {
  return json(401, {
    code: 'ACCESS_FAILED',
    details: [
      {
        code: 'INVALID_TOKEN',
        target: 'Authentication Credentials',
        message: 'The authorization token is either missing or invalid, or it has expired.',
      },
    ],
  })
}
