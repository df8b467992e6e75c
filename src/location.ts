// PingOne sends the browser to the custom login page with ?environmentId=&flowId= (reference §3.1),
// and back there after a social round trip (§10).

/** The `flowId` in the page address, if it belongs to `environmentId`. */
export function readFlowIdFromLocation(environmentId: string): string | null {
  if (typeof window === 'undefined') return null
  const params = new URLSearchParams(window.location.search)
  const flowId = params.get('flowId')
  const environment = params.get('environmentId')
  if (!flowId || (environment !== null && environment !== environmentId)) return null
  return flowId
}

/** Drops `flowId` and `environmentId` from the address, so a reload starts afresh. */
export function forgetFlowIdInLocation(): void {
  if (typeof window === 'undefined') return
  const url = new URL(window.location.href)
  if (!url.searchParams.has('flowId')) return
  url.searchParams.delete('flowId')
  url.searchParams.delete('environmentId')
  window.history.replaceState(window.history.state, '', url)
}
