import { regions, type ResolvedConfig } from '../flow/config'
import { isPingOneError, type PingOneError } from '../flow/errors'

/**
 * For development builds only (the caller guards it with `process.env.NODE_ENV`, so production
 * bundles drop this module): what is likely wrong with the set-up behind `error` and how to fix it,
 * as one console message. Undefined for errors that are not the set-up's.
 */
export function setupHint(error: PingOneError, config: ResolvedConfig): string | undefined {
  const hint = hintFor(error, config)
  return hint && `[pingone-signon-react] ${hint}`
}

function hintFor(error: PingOneError, config: ResolvedConfig): string | undefined {
  switch (error.code) {
    case 'INVALID_CONFIG':
      return `${error.message} Nothing was sent to PingOne.`
    case 'ORIGIN_NOT_ALLOWED':
      return originHint(config)
    case 'CONFIG_REFUSED':
      return refusedHint(error, config)
    case 'COOKIES_BLOCKED':
      return (
        `PingOne refused a flow call because the browser did not send the cookies PingOne bound the flow to: ` +
        `this browser blocks cookies of ${config.authOrigin} on ${pageOrigin()} (third-party cookies). ` +
        'Serve PingOne from a custom domain on your own site and set `customDomain` (README, "Custom domains").'
      )
    case 'DAVINCI_FLOW':
      return (
        'The application is bound to a DaVinci flow policy, which answers in DaVinci\'s terms; this kit renders ' +
        'PingOne\'s flows API. Give the application a PingOne sign-on policy instead (the application\'s Policies tab).'
      )
    case 'NETWORK_ERROR':
      return (
        `PingOne (${config.environmentUrl}) could not be reached at all, not even by a request that needs no CORS: ` +
        'the browser is offline, the host does not resolve (check `authBaseUrl` or `customDomain`), or, in ' +
        'development, the emulator is not running (`npx pingone-emulator`).'
      )
    default:
      return undefined
  }
}

function originHint(config: ResolvedConfig): string {
  const origin = pageOrigin()
  const discovery = `${config.environmentUrl}/as/.well-known/openid-configuration`
  return (
    `PingOne (${config.environmentUrl}) answered, but the browser did not let this page (${origin}) read the answer: ` +
    `CORS refused it. Most likely ${origin} is not among the application's CORS origins: add it in PingOne ` +
    `(the application's Configuration, CORS settings, "Allow specific origins"), or, with the emulator, start it with ` +
    `\`npx pingone-emulator --app-origin ${origin}\`. If ${discovery} shows "not found" when opened in a tab, ` +
    `the environment is wrong instead: check \`environmentId\` (${config.environmentId}) and the region ` +
    `(\`authBaseUrl\`, ${config.authBaseUrl}).`
  )
}

/** PingOne's own error behind a `CONFIG_REFUSED`, with the parameter its details name. */
function refusedHint(error: PingOneError, config: ResolvedConfig): string {
  const cause = isPingOneError(error.cause) ? error.cause : error
  const target = cause.details.find((detail) => detail.target)?.target?.toLowerCase()
  const said = `PingOne answered HTTP ${cause.status} ${cause.code}: "${cause.message}".`
  if (target === 'client_id' || (!target && /\b(client|application)\b/i.test(cause.message))) {
    return (
      `PingOne does not know the client id "${config.clientId}" in environment ${config.environmentId}: copy ` +
      `\`clientId\` from the application's Overview in PingOne, and check that the application is enabled. ${said}`
    )
  }
  if (target === 'redirect_uri') {
    return (
      `The redirect URI "${config.redirectUri}" is not registered on the application: add it, exactly (scheme, ` +
      `host, port, path and trailing slash), to the application's Redirect URIs in PingOne, or set \`redirectUri\` ` +
      `to one that is. ${said}`
    )
  }
  if (target === 'response_mode') {
    return (
      'PingOne refused response_mode=pi.flow for this application, and the kit\'s own sign-on needs it. Use an ' +
      `application that allows it, or redirect mode (\`loginPage\`), where your app's own authorize starts the sign-on. ${said}`
    )
  }
  if (target === 'acr_values') {
    return `No sign-on policy of the application is named by \`acrValues\`: check the names under the application's Policies. ${said}`
  }
  if (cause.status === 404) {
    return (
      `PingOne has no environment ${config.environmentId} at ${config.authBaseUrl}: check \`environmentId\` (the ` +
      `environment's ID in PingOne) and \`authBaseUrl\`, the region it lives in (${regions.join(', ')}). ${said}`
    )
  }
  const about = target ? ` It names \`${target}\`: check the prop that sets it.` : ''
  return `PingOne refused the sign-on request before anyone signed on, so the set-up is wrong.${about} ${said}`
}

function pageOrigin(): string {
  return typeof location === 'undefined' ? 'this page' : location.origin
}
