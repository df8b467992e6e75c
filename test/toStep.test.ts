import { describe, expect, it } from 'vitest'
import { toStep, type Flow, type FlowAction, type FlowStatus } from '../src'
import { seeds } from './fixtures'
import otpRequired from './fixtures/OTP_REQUIRED__user-lookup-sign-on-with-username.json'

const href = 'https://auth.pingone.com/env/flows/f1'

/** The links each documented status offers (reference §5 and §14); the step needs the first. */
const offered: Record<FlowStatus, FlowAction[] | 'authenticate' | []> = {
  USERNAME_PASSWORD_REQUIRED: ['usernamePassword.check', 'password.forgot', 'user.register'],
  SIGN_ON_REQUIRED: ['user.lookup'],
  PASSWORD_REQUIRED: ['usernamePassword.check', 'session.reset'],
  PASSWORD_EXPIRED: ['password.reset'],
  MUST_CHANGE_PASSWORD: ['password.reset'],
  RECOVERY_CODE_REQUIRED: ['password.recover', 'password.sendRecoveryCode'],
  VERIFICATION_CODE_REQUIRED: ['user.verify', 'user.sendVerificationCode'],
  DEVICE_SELECTION_REQUIRED: ['device.select'],
  OTP_REQUIRED: ['otp.check', 'device.select'],
  PUSH_CONFIRMATION_REQUIRED: ['device.select'],
  PUSH_CONFIRMATION_TIMED_OUT: ['device.select'],
  ASSERTION_REQUIRED: ['assertion.check', 'device.select'],
  ACCOUNT_LINKING_REQUIRED: ['usernamePassword.check', 'user.register'],
  ACCOUNT_CONFIRMATION_REQUIRED: ['user.confirm'],
  EXTERNAL_AUTHENTICATION_REQUIRED: 'authenticate',
  PROFILE_DATA_REQUIRED: ['user.update'],
  AGREEMENT_CONSENT_REQUIRED: ['user.consent'],
  DAG_USER_CODE_REQUIRED: ['deviceAuthGrant.userCode.verify'],
  DAG_CONSENT_REQUIRED: ['deviceAuthGrant.consent'],
  COMPLETED: [],
  FAILED: [],
}

function flowWith(status: FlowStatus): Flow {
  const links: Flow['_links'] = { self: { href } }
  const actions = offered[status]
  if (actions === 'authenticate') links.authenticate = { href: `${href}/rp/authenticate?providerId=p` }
  else for (const action of actions) links[action] = { href }
  return { id: 'f1', status, _links: links }
}

describe('toStep', () => {
  it.each(Object.keys(offered) as FlowStatus[])('gives %s a step of its own', (status) => {
    expect(toStep(flowWith(status)).kind).not.toBe('unknown')
  })

  it.each(Object.keys(offered).filter((s) => !['COMPLETED', 'FAILED', 'PUSH_CONFIRMATION_REQUIRED', 'PUSH_CONFIRMATION_TIMED_OUT', 'ACCOUNT_LINKING_REQUIRED'].includes(s)) as FlowStatus[])(
    'falls back when %s comes without the link it needs',
    (status) => {
      expect(toStep({ id: 'f1', status, _links: { self: { href } } }).kind).toBe('unknown')
    },
  )

  it('names a status it does not know', () => {
    expect(toStep({ id: 'f1', status: 'SOMETHING_NEW', _links: {} })).toMatchObject({ kind: 'unknown', status: 'SOMETHING_NEW' })
  })

  it('reads the real responses', () => {
    expect(toStep(seeds.authorizeSocial)).toMatchObject({ kind: 'identifier', socialProviders: [{ type: 'OPENID_CONNECT' }] })
    expect(toStep(seeds.resume).kind).toBe('completed')
    expect(toStep(otpRequired as Flow)).toMatchObject({
      kind: 'otp',
      canSwitchDevice: true,
      selectedDevice: { type: 'SMS', phone: '*******01' },
    })
  })

  it('survives garbage in _embedded', () => {
    const flow = { ...flowWith('DEVICE_SELECTION_REQUIRED'), _embedded: { devices: [null, 7, { id: 'd1' }, { id: 'd2', type: 'SMS' }] } }
    expect(toStep(flow as unknown as Flow)).toMatchObject({ kind: 'deviceSelection', devices: [{ id: 'd2' }] })
  })
})
