import { describe, expect, it } from 'vitest'
import { defaultConfig, type Emulator, type EmulatorConfig } from '../../emulator'
import type { Flow } from '../../src/flow/types'
import { act, base, clientId, demo, envId, errorOf, sessionCookieOf, setup, startFlow } from './helpers'

const password = 'Demo-Passw0rd!'
const app = defaultConfig.applications[0]!
const withApp = (patch: Partial<typeof app>): EmulatorConfig => ({ ...defaultConfig, applications: [{ ...app, ...patch }] })

async function read(emulator: Emulator, flowId: string) {
  return (await (await emulator.handle(new Request(`${base}/flows/${flowId}`))).json()) as Flow
}

/** Plays the browser at the fake IdP: authenticate, Continue, callback; returns the flow afterwards. */
async function viaProvider(emulator: Emulator, href: string) {
  const leave = await emulator.handle(new Request(href))
  expect(leave.status).toBe(302)
  const page = await (await emulator.handle(new Request(leave.headers.get('Location')!))).text()
  const action = /<form method="get" action="([^"]+)"/.exec(page)![1]!
  const hidden = (name: string) => new RegExp(`name="${name}" value="([^"]+)"`).exec(page)![1]!
  const callback = new URL(action)
  callback.search = new URLSearchParams({ code: hidden('code'), state: hidden('state') }).toString()
  const back = await emulator.handle(new Request(callback))
  expect(back.status).toBe(302)
  const flowId = new URL(back.headers.get('Location')!).searchParams.get('flowId')!
  return { page, back, flow: await read(emulator, flowId) }
}

function providerHref(flow: Flow, name: string) {
  return flow._embedded!.socialProviders!.find((p) => p.name === name)!._links.authenticate.href
}

async function signInAs(emulator: Emulator, username: string, params: Record<string, string> = {}) {
  const flow = await startFlow(emulator, { prompt: 'login', ...params })
  const response = await act(emulator, flow, 'usernamePassword.check', { username, password })
  expect(response.status).toBe(200)
  return { response, flow: (await response.json()) as Flow }
}

describe('ACCOUNT_LINKING_REQUIRED', () => {
  it('links an unlinked identity to the account whose password is given, once and for all', async () => {
    const { emulator } = setup()
    const start = await startFlow(emulator)
    const { page, flow } = await viaProvider(emulator, providerHref(start, 'Globex ID'))
    expect(page).toContain('Gina Globex (gina.globex)')
    expect(flow.status).toBe('ACCOUNT_LINKING_REQUIRED')
    expect(flow._links['usernamePassword.check']!.href).toBe(flow._links.self!.href)
    expect(flow._embedded).toMatchObject({
      identityProvider: { id: expect.any(String), name: 'Globex ID', type: 'OPENID_CONNECT' },
      attributes: { username: 'gina.globex', email: 'gina@globex.example', name: { given: 'Gina', family: 'Globex' } },
    })

    const wrong = await act(emulator, flow, 'usernamePassword.check', { username: 'demo', password: 'nope' })
    expect(wrong.status).toBe(400)
    expect((await errorOf(wrong)).details?.[0]).toMatchObject({ code: 'INVALID_CREDENTIALS' })
    expect((await read(emulator, flow.id)).status).toBe('ACCOUNT_LINKING_REQUIRED')

    const linked = await act(emulator, flow, 'usernamePassword.check', demo)
    expect(((await linked.json()) as Flow).status).toBe('COMPLETED')

    const again = await viaProvider(emulator, providerHref(await startFlow(emulator, { prompt: 'login' }), 'Globex ID'))
    expect(again.flow.status).toBe('COMPLETED')
    expect(again.flow._embedded?.user?.username).toBe('demo')
  })
})

describe('ACCOUNT_CONFIRMATION_REQUIRED', () => {
  it('lets the user edit what the IdP supplied, then asks to link the unlinked identity', async () => {
    const { emulator } = setup()
    const { flow } = await viaProvider(emulator, providerHref(await startFlow(emulator), 'Initech ID'))
    expect(flow.status).toBe('ACCOUNT_CONFIRMATION_REQUIRED')
    expect(Object.keys(flow._links).sort()).toEqual(['self', 'signOnPage', 'user.confirm'])
    expect(flow._embedded).toMatchObject({ identityProvider: { name: 'Initech ID' }, attributes: { username: 'ian.initech' } })

    const bad = await act(emulator, flow, 'user.confirm', { username: 'ian', email: 'not-an-email' })
    expect(bad.status).toBe(400)
    expect((await errorOf(bad)).details).toEqual([expect.objectContaining({ code: 'INVALID_VALUE', target: 'email' })])

    const confirmed = (await (await act(emulator, flow, 'user.confirm', { username: 'ian', email: 'ian@example.com' })).json()) as Flow
    expect(confirmed.status).toBe('ACCOUNT_LINKING_REQUIRED')
    expect(confirmed._embedded?.attributes).toMatchObject({ username: 'ian', email: 'ian@example.com' })
  })

  it('signs a linked identity in after confirmation', async () => {
    const config: EmulatorConfig = {
      ...defaultConfig,
      socialProviders: defaultConfig.socialProviders.map((p) => (p.name === 'Initech ID' ? { ...p, username: 'demo' } : p)),
    }
    const { emulator } = setup(config)
    const { flow } = await viaProvider(emulator, providerHref(await startFlow(emulator), 'Initech ID'))
    const done = await act(emulator, flow, 'user.confirm', { username: 'ian.initech' })
    expect(((await done.json()) as Flow).status).toBe('COMPLETED')
    expect(sessionCookieOf(done)).toMatch(/^ST=/)
  })
})

describe('EXTERNAL_AUTHENTICATION_REQUIRED', () => {
  it('routes an identifier-first user to their own IdP, which signs them in', async () => {
    const { emulator } = setup(withApp({ signOnPolicy: 'identifierFirst' }))
    const start = await startFlow(emulator)
    const routed = (await (await act(emulator, start, 'user.lookup', { username: 'partner' })).json()) as Flow
    expect(routed.status).toBe('EXTERNAL_AUTHENTICATION_REQUIRED')
    expect(routed._embedded?.identityProvider).toMatchObject({ name: 'Partner SSO', type: 'SAML' })
    const href = new URL(routed._links.authenticate!.href)
    expect(href.origin + href.pathname).toBe(`${base}/rp/authenticate`)
    expect(href.searchParams.get('flowId')).toBe(start.id)
    expect(routed._links['session.reset']).toBeDefined()

    const { flow } = await viaProvider(emulator, href.href)
    expect(flow.status).toBe('COMPLETED')
    expect(flow._embedded?.user?.username).toBe('partner')
  })

  it('refuses that IdP on a flow that was not routed to it', async () => {
    const { emulator } = setup()
    const start = await startFlow(emulator)
    const partnerId = defaultConfig.socialProviders.find((p) => p.name === 'Partner SSO')!.id
    const response = await emulator.handle(new Request(`${base}/rp/authenticate?providerId=${partnerId}&flowId=${start.id}`))
    expect(response.status).toBe(400)
  })
})

describe('PROFILE_DATA_REQUIRED', () => {
  it('asks for the missing required attribute, with errors on its dotted name, then completes', async () => {
    const { emulator } = setup()
    const { flow } = await signInAs(emulator, 'new-joiner')
    expect(flow.status).toBe('PROFILE_DATA_REQUIRED')
    expect(flow._links['user.update']).toBeDefined()
    expect(flow._links['session.reset']).toBeDefined()
    expect(flow._embedded).toMatchObject({
      promptText: 'Please complete your profile.',
      attributes: [
        { name: 'mobilePhone', displayName: 'Mobile phone', required: true },
        { name: 'address.postalCode', displayName: 'Postal code', required: false },
      ],
    })
    const config = withApp({
      progressiveProfiling: { promptText: 'x', attributes: [{ name: 'address.postalCode', displayName: 'Postal code', required: true }] },
    })
    const nested = setup(config).emulator
    const nestedFlow = (await signInAs(nested, 'new-joiner')).flow
    const missing = await act(nested, nestedFlow, 'user.update', { address: {} })
    expect((await errorOf(missing)).details).toEqual([
      expect.objectContaining({ code: 'INVALID_VALUE', target: 'address.postalCode' }),
    ])
    const nestedDone = await act(nested, nestedFlow, 'user.update', { address: { postalCode: '78613' } })
    expect(((await nestedDone.json()) as Flow).status).toBe('COMPLETED')

    const blank = await act(emulator, flow, 'user.update', { mobilePhone: ' ' })
    expect(blank.status).toBe(400)
    expect((await errorOf(blank)).details).toEqual([expect.objectContaining({ target: 'mobilePhone' })])
    const done = await act(emulator, flow, 'user.update', { mobilePhone: '+1.5125551111' })
    expect(((await done.json()) as Flow).status).toBe('COMPLETED')
    expect((await signInAs(emulator, 'new-joiner')).flow.status).toBe('COMPLETED')
  })
})

describe('AGREEMENT_CONSENT_REQUIRED', () => {
  it('shows the agreement; accepting completes, and is remembered', async () => {
    const { emulator } = setup()
    const { flow } = await signInAs(emulator, 'terms')
    expect(flow.status).toBe('AGREEMENT_CONSENT_REQUIRED')
    expect(flow._embedded?.agreement).toMatchObject({ name: 'Terms of service', language: 'en', text: expect.stringContaining('\n\n') })
    const invalid = await act(emulator, flow, 'user.consent', { accept: 'yes' })
    expect((await errorOf(invalid)).details?.[0]).toMatchObject({ target: 'accept' })
    expect(((await (await act(emulator, flow, 'user.consent', { accept: true })).json()) as Flow).status).toBe('COMPLETED')
    expect((await signInAs(emulator, 'terms')).flow.status).toBe('COMPLETED')
  })

  it('fails the flow on decline; resume answers access_denied with the state', async () => {
    const { emulator } = setup()
    const { flow } = await signInAs(emulator, 'terms', { state: 's1' })
    const failed = (await (await act(emulator, flow, 'user.consent', { accept: false })).json()) as Flow
    expect(failed.status).toBe('FAILED')
    expect(Object.keys(failed._links)).toEqual(['self', 'signOnPage'])
    expect(failed.error).toEqual({ code: 'AGREEMENT_DECLINED', message: expect.stringContaining('declined') })
    const resumed = await emulator.handle(new Request(failed.resumeUrl!))
    expect(resumed.status).toBe(200)
    expect(((await resumed.json()) as Flow).authorizeResponse).toEqual({
      error: 'access_denied',
      error_description: failed.error!.message,
      state: 's1',
    })
  })

  it('lets the user switch account (session.reset)', async () => {
    const { emulator } = setup()
    const { flow } = await signInAs(emulator, 'terms')
    const reset = (await (await act(emulator, flow, 'session.reset')).json()) as Flow
    expect(reset.status).toBe('USERNAME_PASSWORD_REQUIRED')
  })
})

describe('device authorization grant', () => {
  const form = (fields: Record<string, string>) => ({
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields),
  })
  const poll = async (emulator: Emulator, deviceCode: string) => {
    const response = await emulator.handle(
      new Request(`${base}/as/token`, form({ grant_type: 'urn:ietf:params:oauth:grant-type:device_code', device_code: deviceCode, client_id: clientId })),
    )
    return { status: response.status, body: (await response.json()) as Record<string, unknown> }
  }
  const authorizeDevice = async (emulator: Emulator) => {
    const response = await emulator.handle(new Request(`${base}/as/device_authorization`, form({ client_id: clientId, scope: 'openid profile' })))
    expect(response.status).toBe(200)
    return (await response.json()) as Record<string, string | number>
  }
  const openVerificationPage = async (emulator: Emulator, uri: string) => {
    const response = await emulator.handle(new Request(uri))
    expect(response.status).toBe(302)
    const location = new URL(response.headers.get('Location')!)
    expect(location.origin).toBe('http://localhost:5173')
    expect(location.searchParams.get('environmentId')).toBe(envId)
    return read(emulator, location.searchParams.get('flowId')!)
  }

  it('runs end to end: codes, user code, sign-on, consent, resume page, token', async () => {
    const { emulator } = setup()
    const codes = await authorizeDevice(emulator)
    expect(codes).toEqual({
      device_code: expect.any(String),
      user_code: expect.stringMatching(/^[A-Z]{4}-[A-Z]{4}$/),
      verification_uri: `${base}/device`,
      verification_uri_complete: `${base}/device?user_code=${codes.user_code}`,
      expires_in: 600,
      interval: 5,
    })
    expect(await poll(emulator, String(codes.device_code))).toEqual({ status: 400, body: expect.objectContaining({ error: 'authorization_pending' }) })

    const flow = await openVerificationPage(emulator, String(codes.verification_uri))
    expect(flow.status).toBe('DAG_USER_CODE_REQUIRED')
    expect(flow._links['deviceAuthGrant.userCode.verify']).toBeDefined()
    const wrong = await act(emulator, flow, 'deviceAuthGrant.userCode.verify', { userCode: 'BBBB-BBBB' })
    expect((await errorOf(wrong)).details).toEqual([expect.objectContaining({ code: 'INVALID_VALUE', target: 'userCode' })])
    const typed = String(codes.user_code).replace('-', '').toLowerCase()
    const signOn = (await (await act(emulator, flow, 'deviceAuthGrant.userCode.verify', { userCode: typed })).json()) as Flow
    expect(signOn.status).toBe('USERNAME_PASSWORD_REQUIRED')

    const consent = (await (await act(emulator, flow, 'usernamePassword.check', demo)).json()) as Flow
    expect(consent.status).toBe('DAG_CONSENT_REQUIRED')
    expect(consent._embedded).toMatchObject({ application: { name: 'Demo App' }, scopes: [{ name: 'openid' }, { name: 'profile' }] })
    expect(consent._links['deviceAuthGrant.consent']).toBeDefined()
    const accepted = await act(emulator, flow, 'deviceAuthGrant.consent', { accept: true })
    const completed = (await accepted.json()) as Flow
    expect(completed.status).toBe('COMPLETED')

    const resume = await emulator.handle(new Request(completed.resumeUrl!, { headers: { Cookie: sessionCookieOf(accepted) } }))
    expect(resume.status).toBe(200)
    expect(await resume.text()).toContain('You can return to your device')

    const tokens = await poll(emulator, String(codes.device_code))
    expect(tokens.status).toBe(200)
    expect(tokens.body).toMatchObject({ token_type: 'Bearer', scope: 'openid profile', id_token: expect.any(String) })
    const claims = JSON.parse(atob(String(tokens.body.id_token).split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/')))
    expect(claims).toMatchObject({ preferred_username: 'demo', aud: clientId, amr: ['pwd'] })
    expect((await poll(emulator, String(codes.device_code))).body.error).toBe('invalid_grant')
  })

  it('answers access_denied when the user does not allow the device', async () => {
    const { emulator } = setup()
    const codes = await authorizeDevice(emulator)
    const flow = await openVerificationPage(emulator, String(codes.verification_uri_complete))
    await act(emulator, flow, 'deviceAuthGrant.userCode.verify', { userCode: codes.user_code })
    await act(emulator, flow, 'usernamePassword.check', demo)
    const denied = (await (await act(emulator, flow, 'deviceAuthGrant.consent', { accept: false })).json()) as Flow
    expect(denied.status).toBe('FAILED')
    expect(denied.error?.code).toEqual(expect.any(String))
    expect((await poll(emulator, String(codes.device_code))).body.error).toBe('access_denied')
  })

  it('answers expired_token after ten minutes and refuses the expired user code', async () => {
    const { emulator, clock } = setup()
    const codes = await authorizeDevice(emulator)
    const flow = await openVerificationPage(emulator, String(codes.verification_uri))
    clock.now += 600_000
    const late = await act(emulator, flow, 'deviceAuthGrant.userCode.verify', { userCode: codes.user_code })
    expect(late.status).toBe(400)
    expect((await poll(emulator, String(codes.device_code))).body.error).toBe('expired_token')
  })
})
