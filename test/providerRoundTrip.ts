import { server } from './setup'
import type { Flow } from '../src'

/** Keeps every flow the emulator answers with, newest last (what the kit saw). */
export function recordFlows(): Flow[] {
  const flows: Flow[] = []
  server.events.on('response:mocked', async ({ response }) => {
    if (response.headers.get('content-type')?.includes('hal+json')) flows.push(await response.clone().json())
  })
  return flows
}

/**
 * Plays the browser through the external IdP (authenticate, the IdP's Continue, the callback) and
 * puts the page address PingOne sends it back to in place, as the kit finds it on the next load.
 */
export async function continueAtProvider(authenticateHref: string): Promise<URL> {
  const follow = (href: string) => fetch(href, { redirect: 'manual', credentials: 'include' })
  const toIdp = await follow(authenticateHref)
  const page = await (await follow(toIdp.headers.get('location')!)).text()
  const form = new DOMParser().parseFromString(page, 'text/html').querySelector('form')!
  const callback = new URL(form.action)
  for (const input of form.querySelectorAll<HTMLInputElement>('input[type=hidden]')) {
    callback.searchParams.set(input.name, input.value)
  }
  const back = new URL((await follow(callback.href)).headers.get('location')!)
  window.history.replaceState(null, '', `/${back.search}`)
  return back
}
