import { useEffect, useState } from 'react'
import { defaultConfig, type Emulator } from '../../emulator'
import { PingOneSignOn, type PingOneSignOnProps } from '../../src'
import { authBaseUrl } from './emulator'

/** Authorize, the provider's authenticate link, its Continue and the callback, then the kit. */
export function ReturnFrom({ provider, emulator, ...props }: PingOneSignOnProps & { provider: string; emulator: Emulator }) {
  const [flowId, setFlowId] = useState<string | null>(null)
  useEffect(() => {
    let live = true
    const env = `${authBaseUrl}/${defaultConfig.environmentId}`
    const get = (href: string) => emulator.handle(new Request(href))
    void (async () => {
      // The demo app requires PKCE; this flow is only ever shown, never redeemed.
      const query = new URLSearchParams({
        client_id: props.clientId,
        response_type: 'code',
        response_mode: 'pi.flow',
        scope: 'openid',
        code_challenge: 'story'.repeat(9),
        code_challenge_method: 'S256',
      })
      const flow = await (await get(`${env}/as/authorize?${query}`)).json()
      const href = flow._embedded.socialProviders.find((p: { name: string }) => p.name === provider)._links.authenticate.href
      const page = await (await get((await get(href)).headers.get('Location')!)).text()
      const form = new DOMParser().parseFromString(page, 'text/html').querySelector('form')!
      const callback = new URL(form.action)
      for (const input of form.querySelectorAll('input[type=hidden]')) callback.searchParams.set((input as HTMLInputElement).name, (input as HTMLInputElement).value)
      const back = await get(callback.href)
      if (live) setFlowId(new URL(back.headers.get('Location')!).searchParams.get('flowId'))
    })()
    return () => {
      live = false
    }
  }, [emulator, provider, props.clientId])
  return flowId ? <PingOneSignOn {...props} flowId={flowId} /> : null
}
