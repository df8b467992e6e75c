import { escapeHtml } from '../http/html'

/** What the fake external IdP page shows and where its form goes. */
export type FakeIdpPage = {
  providerName: string
  appName: string
  username: string
  displayName?: string
  callbackUrl: string
  code: string
  state: string
}

/**
 * The built-in stand-in for an external IdP's sign-in page: one click signs in as the
 * linked user ("Continue") or refuses ("Cancel" sends `error=access_denied`).
 */
export function fakeIdpPage(page: FakeIdpPage): string {
  const e = escapeHtml
  const who = page.displayName ? `${e(page.displayName)} (${e(page.username)})` : e(page.username)
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sign in with ${e(page.providerName)}</title>
<style>
body { font-family: system-ui, sans-serif; max-width: 28rem; margin: 4rem auto; padding: 0 1rem; }
button { font: inherit; padding: 0.5rem 1rem; margin-right: 0.5rem; }
</style>
</head>
<body>
<main>
<h1>${e(page.providerName)}</h1>
<p>${e(page.appName)} wants you to sign in with ${e(page.providerName)}.</p>
<p>You will sign in as ${who}.</p>
<p><small>This is the PingOne emulator's fake identity provider.</small></p>
<form method="get" action="${e(page.callbackUrl)}">
<input type="hidden" name="code" value="${e(page.code)}">
<input type="hidden" name="state" value="${e(page.state)}">
<button type="submit">Continue</button>
<button type="submit" name="error" value="access_denied">Cancel</button>
</form>
</main>
</body>
</html>
`
}
