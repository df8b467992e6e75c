import { useEffect, useState } from 'react'
import { defaultConfig } from '../../emulator'
import { PingOneSignOn, type PingOneSignOnProps } from '../../src'
import { authBaseUrl, type EmulatorLoaded } from './emulator'

/** The device's half, played against the story's emulator; the code it shows is printed above. */
export function OnDevice({ loaded, ...props }: PingOneSignOnProps & { loaded: EmulatorLoaded }) {
  const { emulator, browse } = loaded
  const [device, setDevice] = useState<{ userCode: string; flowId: string } | null>(null)
  useEffect(() => {
    let live = true
    const env = `${authBaseUrl}/${defaultConfig.environmentId}`
    const form = new URLSearchParams({ client_id: props.clientId ?? '', scope: 'openid profile' })
    void (async () => {
      const codes = await (await emulator.handle(new Request(`${env}/as/device_authorization`, { method: 'POST', body: form }))).json()
      // The person opens verification_uri in the browser: the flow is bound to its cookies.
      const opened = await browse(codes.verification_uri)
      const flowId = new URL(opened.headers.get('Location')!).searchParams.get('flowId')!
      if (live) setDevice({ userCode: codes.user_code, flowId })
    })()
    return () => {
      live = false
    }
  }, [emulator, browse, props.clientId])
  if (!device) return null
  return (
    <>
      <p data-testid="device">Code on the device: {device.userCode}</p>
      <PingOneSignOn {...props} flowId={device.flowId} />
    </>
  )
}
