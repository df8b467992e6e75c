import { useEffect, useState } from 'react'
import { defaultConfig } from '../../emulator'
import { PingOneSignOn, type PingOneSignOnProps } from '../../src'
import { authBaseUrl, type EmulatorLoaded } from './emulator'

/**
 * Authorize, the provider's authenticate link, its Continue and the callback, played as the
 * browser's navigations (with the cookies PingOne binds the flow to), then the kit.
 */
export function ReturnFrom({ provider, browse, ...props }: PingOneSignOnProps & { provider: string; browse: EmulatorLoaded['browse'] }) {
  const [flowId, setFlowId] = useState<string | null>(null)
  useEffect(() => {
    let live = true
    const env = `${authBaseUrl}/${defaultConfig.environmentId}`
    void (async () => {
      // The demo app requires PKCE; this flow is only ever shown, never redeemed.
      const query = new URLSearchParams({
        client_id: props.clientId ?? '',
        response_type: 'code',
        response_mode: 'pi.flow',
        scope: 'openid',
        code_challenge: 'story'.repeat(9),
        code_challenge_method: 'S256',
      })
      const flow = await (await browse(`${env}/as/authorize?${query}`)).json()
      const href = flow._embedded.socialProviders.find((p: { name: string }) => p.name === provider)._links.authenticate.href
      const page = await (await browse((await browse(href)).headers.get('Location')!)).text()
      const form = new DOMParser().parseFromString(page, 'text/html').querySelector('form')!
      const callback = new URL(form.action)
      for (const input of form.querySelectorAll('input[type=hidden]')) callback.searchParams.set((input as HTMLInputElement).name, (input as HTMLInputElement).value)
      const back = await browse(callback.href)
      if (live) setFlowId(new URL(back.headers.get('Location')!).searchParams.get('flowId'))
    })()
    return () => {
      live = false
    }
  }, [browse, provider, props.clientId])
  return flowId ? <PingOneSignOn {...props} flowId={flowId} /> : null
}
