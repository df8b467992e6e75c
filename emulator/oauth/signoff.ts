import { decodeBase64urlText } from '../http/base64url'
import { findApp, type Ctx } from '../state/context'
import { requestBrowser } from '../http/browsers'
import { expiredFlowCookies } from '../http/cookies'
import { html, redirect } from '../http/http'

/**
 * `GET as/signoff`: ends the browser's session (and the one the id_token_hint names), then
 * returns to `post_logout_redirect_uri` if the app registered it, else shows a small page.
 */
export function signoff(ctx: Ctx): Response {
  const params = ctx.url.searchParams
  const hint = hintClaims(params.get('id_token_hint'))
  const browser = requestBrowser(ctx)
  if (browser?.sessionId) ctx.store.sessions.delete(browser.sessionId)
  if (browser) browser.sessionId = undefined
  if (typeof hint.sid === 'string') ctx.store.sessions.delete(hint.sid)

  const cookie = expiredFlowCookies(ctx.base).map((line): [string, string] => ['Set-Cookie', line])
  const target = params.get('post_logout_redirect_uri')
  const clientId = typeof hint.aud === 'string' ? hint.aud : params.get('client_id')
  const apps = clientId ? [findApp(ctx, clientId)] : ctx.config.applications
  if (target && apps.some((app) => app?.redirectUris.includes(target))) {
    const url = new URL(target)
    const state = params.get('state')
    if (state) url.searchParams.set('state', state)
    return redirect(url.href, cookie)
  }
  const response = html(
    200,
    '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Signed out</title></head>' +
      '<body><h1>Signed out</h1><p>You are signed out of the PingOne emulator.</p></body></html>',
  )
  for (const [, line] of cookie) response.headers.append('Set-Cookie', line)
  return response
}

/** The hint's payload, unverified: it only picks the session and app to sign out of. */
function hintClaims(hint: string | null): Record<string, unknown> {
  const payload = hint?.split('.')[1]
  if (!payload) return {}
  try {
    const claims: unknown = JSON.parse(decodeBase64urlText(payload))
    return claims && typeof claims === 'object' ? (claims as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}
