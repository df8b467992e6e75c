import { PingOneError } from '../flow/errors'
import { loadTransaction } from '../flow/transactionStore'

// PingOne sends the browser to the custom login page with ?environmentId=&flowId= (reference §3.1),
// and back there after a social round trip (§10); or with ?error= when it cannot go on.

/**
 * The `flowId` in the page address, if this page may continue that flow: this browser holds the
 * flow's PKCE transaction (it is back from a social provider), or the page is the application's
 * login page URL (`loginPage`) and the address names this environment. Anyone can put a flowId in
 * a link, and whoever continues a flow signs on to it: someone else's flow would sign the user in
 * for them, or link their account to a stranger's identity.
 */
export function readFlowIdFromLocation(environmentId: string, loginPage = false): string | null {
  if (typeof window === 'undefined') return null
  const params = new URLSearchParams(window.location.search)
  const flowId = params.get('flowId')
  const environment = params.get('environmentId')?.toLowerCase()
  if (!flowId || (environment !== undefined && environment !== environmentId.toLowerCase())) return null
  if (loadTransaction(flowId)) return flowId
  return loginPage && environment !== undefined ? flowId : null
}

const errorCode = /^[A-Z][A-Z0-9_]{0,63}$/

/**
 * The PingOne error in the page address (`?error=`, a JSON-encoded PingOne error, as Ping's custom
 * sign-on sample reads it), or null. Anyone can write that address, so only the error's code is
 * kept, and only if it looks like one; its free text never is.
 */
export function readErrorFromLocation(): PingOneError | null {
  if (typeof window === 'undefined') return null
  const raw = new URLSearchParams(window.location.search).get('error')
  if (raw === null) return null
  const code = codeOf(raw) ?? codeOf(safeDecode(raw))
  if (!code) return new PingOneError({ code: 'INVALID_RESPONSE', message: 'Unreadable ?error= in the page address.' }, 0)
  return new PingOneError({ code, message: `?error= ${code} in the page address.` }, 0)
}

function codeOf(text: string): string | undefined {
  try {
    const value: unknown = JSON.parse(text)
    const code = typeof value === 'object' && value !== null ? (value as Record<string, unknown>).code : undefined
    return typeof code === 'string' && errorCode.test(code) ? code : undefined
  } catch {
    return undefined
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/** Drops `flowId`, `environmentId` and `error` from the address, so a reload starts afresh. */
export function forgetFlowIdInLocation(): void {
  dropFromLocation(['flowId', 'environmentId', 'error'])
}

/** Drops a `flowId` this page did not continue (and its `environmentId`) from the address. */
export function dropFlowIdFromLocation(): void {
  dropFromLocation(['flowId', 'environmentId'])
}

function dropFromLocation(names: string[]): void {
  if (typeof window === 'undefined') return
  const url = new URL(window.location.href)
  if (!names.some((name) => url.searchParams.has(name))) return
  for (const name of names) url.searchParams.delete(name)
  window.history.replaceState(window.history.state, '', url)
}
