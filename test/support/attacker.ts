import { createHash, randomBytes } from 'node:crypto'
import { createCookieJar } from '../../emulator/http/cookieJar'
import type { Flow } from '../../src'

/** One browser's HTTP: requests carry its cookies and keep those the answers set; no redirect is followed. */
export type Send = (request: Request) => Promise<Response>

/** A browser of its own over real HTTP (Node's fetch, with a cookie jar). */
export function browserOverHttp(): Send {
  const jar = createCookieJar()
  return async (request) => {
    const url = new URL(request.url)
    const headers = new Headers(request.headers)
    const cookie = jar.header(url)
    if (cookie) headers.set('Cookie', cookie)
    const response = await fetch(new Request(request, { headers, redirect: 'manual' }))
    jar.store(url, response.headers.getSetCookie())
    return response
  }
}

/**
 * Someone else's browser, signing on to the same PingOne environment (`env`, its root URL) with
 * `clientId` and a PKCE pair of their own: the attacker of issue 14, who starts a flow and sends its
 * id to a victim. What they end up holding is what the tests check.
 */
export function attacker(env: string, clientId: string, send: Send) {
  const verifier = randomBytes(32).toString('base64url')
  const challenge = createHash('sha256').update(verifier).digest('base64url')
  const get = (url: string) => send(new Request(url, { redirect: 'manual' }))
  const flowOf = async (response: Response): Promise<Flow> => {
    if (response.status !== 200) throw new Error(`${response.url}: ${response.status} ${await response.text()}`)
    return (await response.json()) as Flow
  }

  /** A pi.flow sign-on of the attacker's own: `prompt=login`, so no earlier session of theirs completes it. */
  const start = async (): Promise<Flow> => {
    const query = new URLSearchParams({
      response_type: 'code',
      response_mode: 'pi.flow',
      client_id: clientId,
      scope: 'openid',
      prompt: 'login',
      code_challenge: challenge,
      code_challenge_method: 'S256',
    })
    return flowOf(await get(`${env}/as/authorize?${query}`))
  }

  /** Through the provider's fake IdP and back: the flow as PingOne then has it. */
  const throughProvider = async (flow: Flow, providerName: string): Promise<Flow> => {
    const provider = flow._embedded?.socialProviders?.find((p) => p.name === providerName)
    if (!provider) throw new Error(`${providerName} is not offered`)
    const toIdp = await get(provider._links.authenticate.href)
    const page = await (await get(toIdp.headers.get('location')!)).text()
    const action = /<form method="get" action="([^"]+)"/.exec(page)?.[1]
    const callback = new URL(action!.replaceAll('&amp;', '&'))
    for (const [, name, value] of page.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)) {
      callback.searchParams.set(name!, value!)
    }
    const back = new URL((await get(callback.href)).headers.get('location')!)
    return read(back.searchParams.get('flowId')!)
  }

  const read = async (flowId: string): Promise<Flow> => flowOf(await get(`${env}/flows/${flowId}`))

  return {
    /** A flow waiting at ACCOUNT_LINKING_REQUIRED with the attacker's identity at `providerName`. */
    async flowToLink(providerName = 'Globex ID'): Promise<Flow> {
      return throughProvider(await start(), providerName)
    },
    /** A flow of the attacker's, waiting for someone to sign on to it. */
    start,
    /** The flow as the attacker now reads it (with their cookies). */
    read,
    /**
     * What the attacker gets from their flow now: resume, then the token endpoint with their
     * verifier. The ID token's subject if that gives one, else null.
     */
    async tokensFrom(flowId: string): Promise<string | null> {
      const resumed = await get(`${env}/as/resume?flowId=${flowId}`)
      const body = (await resumed.json().catch(() => ({}))) as Flow
      const code = body.authorizeResponse?.code
      return code ? subjectFor(code) : null
    },
    /** Signs in with `providerName` from scratch: the subject if that completes at once (the identity is linked), else null. */
    async signInWith(providerName = 'Globex ID'): Promise<string | null> {
      const flow = await throughProvider(await start(), providerName)
      if (flow.status !== 'COMPLETED') return null
      return this.tokensFrom(flow.id)
    },
  }

  async function subjectFor(code: string): Promise<string | null> {
    const body = new URLSearchParams({ grant_type: 'authorization_code', client_id: clientId, code, code_verifier: verifier })
    const response = await send(new Request(`${env}/as/token`, { method: 'POST', body }))
    if (response.status !== 200) return null
    const { id_token: idToken } = (await response.json()) as { id_token?: string }
    const payload = idToken?.split('.')[1]
    return payload ? ((JSON.parse(Buffer.from(payload, 'base64url').toString()) as { sub?: string }).sub ?? null) : null
  }
}
