import { authorize } from './oauth/authorize'
import type { Ctx } from './state/context'
import { clientApps, environmentApps, environmentOrigins, flowApps, type CorsApplications } from './http/cors'
import { device, deviceAuthorization } from './policy/deviceGrant'
import { emulatorWrite } from './pages/emulatorWrites'
import { postFlow, readFlow } from './flows/flows'
import { listFaults, replaceFaults } from './faults/faultsEndpoint'
import type { FaultTarget } from './faults/faults'
import { discovery, jwks, userinfo } from './oauth/oidc'
import { outbox } from './policy/outbox'
import { resetEndpoint } from './pages/resetEndpoint'
import { answerPushPage, pushPage } from './pages/pushPage'
import { resume } from './oauth/resume'
import { signoff } from './oauth/signoff'
import { authenticate, callback, fakeIdp } from './oauth/socialLogin'
import { token } from './oauth/token'

type Handler = (ctx: Ctx) => Response | Promise<Response>

/** An endpoint: its handlers by method, and whose origins may call it from a browser. */
export type Route = {
  GET?: Handler
  POST?: Handler
  /**
   * The applications whose CORS origins may call it from a browser. Absent for browser navigations
   * (social login, signoff), which need no CORS.
   */
  cors?: (ctx: Ctx) => CorsApplications | Promise<CorsApplications>
  /** The PingOne endpoint fault rules see; absent: never faulted. */
  faults?: NonNullable<FaultTarget['endpoint']>
}

/** Finds the endpoint for the path segments after `/{envId}/`. */
export function findRoute(segments: string[]): Route | undefined {
  const path = segments.join('/')
  switch (path) {
    case 'as/authorize':
      return { GET: authorize, POST: authorize, cors: clientApps, faults: 'authorize' }
    case 'as/resume':
      return {
        GET: resume,
        cors: (ctx) => flowApps(ctx, ctx.url.searchParams.get('flowId')),
        faults: 'resume',
      }
    case 'as/token':
      return { POST: token, cors: clientApps, faults: 'token' }
    case 'as/device_authorization':
      return { POST: deviceAuthorization, cors: clientApps }
    // The device grant's verification_uri: a person's browser opens it.
    case 'device':
      return { GET: device }
    case 'as/userinfo':
      return { GET: userinfo, POST: userinfo, cors: environmentApps }
    case 'as/jwks':
      return { GET: jwks, cors: environmentApps }
    case 'as/.well-known/openid-configuration':
      return { GET: discovery, cors: environmentApps }
    case 'as/signoff':
      return { GET: signoff }
    case 'rp/authenticate':
      return { GET: authenticate }
    case 'rp/fake-idp':
      return { GET: fakeIdp }
    // The emulator's own pages, not PingOne's: what a real user would read on their phone. Reads
    // are open to the applications' origins; writes take JSON from the emulator's own pages, and
    // faults and reset also from the applications' origins (a developer's app may set its own faults), but a
    // push is answered only on the emulator's page, as on the user's phone.
    case '_emulator/outbox':
      return { GET: outbox, cors: environmentApps }
    case '_emulator/push':
      return { GET: pushPage, POST: emulatorWrite(answerPushPage), cors: environmentApps }
    case '_emulator/faults':
      return { GET: listFaults, POST: emulatorWrite(replaceFaults, environmentOrigins), cors: environmentApps }
    case '_emulator/reset':
      return { POST: emulatorWrite(resetEndpoint, environmentOrigins), cors: environmentApps }
  }
  const [first, second, third, ...extra] = segments
  if (extra.length > 0 || !second || third && first !== 'rp') return undefined
  if (first === 'flows' && !third) {
    return {
      GET: (ctx) => readFlow(ctx, second),
      POST: (ctx) => postFlow(ctx, second),
      cors: (ctx) => flowApps(ctx, second),
      faults: 'flow',
    }
  }
  if (first === 'rp' && second === 'callback' && third) {
    return { GET: (ctx) => callback(ctx, decodeURIComponent(third)) }
  }
  return undefined
}
