import { findApp, findUserByName, type Ctx } from '../state/context'
import { checkPassword } from './credentials'
import { invalidData, invalidValue } from '../http/errors'
import { initialStatus } from '../state/flowLifecycle'
import { newId } from '../state/ids'
import { advance } from './advance'
import { routeToProvider } from './linking'
import type { ActionResult, Feature } from './feature'
import type { FlowRecord } from '../state/store'

/** Signing on: username and password, identifier first, and switching user. */
export const signOnFeature: Feature = {
  actions: {
    USERNAME_PASSWORD_REQUIRED: ['usernamePassword.check'],
    SIGN_ON_REQUIRED: ['user.lookup'],
    PASSWORD_REQUIRED: ['usernamePassword.check', 'session.reset'],
  },
  handlers: {
  'usernamePassword.check': (ctx, flow, body) => {
    const password = field(body, 'password')
    const sentUsername = field(body, 'username')
    if (flow.status === 'PASSWORD_REQUIRED' && flow.user) {
      if (!password) return { error: blank(['password']) }
      if (sentUsername && sentUsername.toLowerCase() !== flow.user.username.toLowerCase()) {
        return { error: invalidValue('username', 'The username does not match the user of this flow') }
      }
      return signOn(ctx, flow, flow.user.username, password)
    }
    if (!sentUsername || !password) {
      return { error: blank([sentUsername ? '' : 'username', password ? '' : 'password'].filter(Boolean)) }
    }
    return signOn(ctx, flow, sentUsername, password)
  },

  'user.lookup': (ctx, flow, body): ActionResult => {
    const username = field(body, 'username')
    if (!username) return { error: blank(['username']) }
    return lookUp(ctx, flow, username)
  },

  'session.reset': (ctx, flow) => {
    const app = findApp(ctx, flow.authorize.clientId)
    flow.user = undefined
    flow.sessionId = undefined
    if (app) flow.status = initialStatus(app, flow.authorize.signOnPolicy)
    return {}
  },
  },
}

/**
 * The user named by `user.lookup`, or by authorize's `login_hint` on an identifier-first policy.
 * Unknown usernames also reach PASSWORD_REQUIRED, with a made-up id, so that lookup does not reveal
 * which users exist; their password check then fails.
 */
export function lookUp(ctx: Ctx, flow: FlowRecord, username: string): ActionResult {
  const user = findUserByName(ctx, username)
  flow.user = user ? { id: user.id, username: user.username, known: true } : { id: newId(), username, known: false }
  flow.status = 'PASSWORD_REQUIRED'
  if (user?.identityProvider) routeToProvider(flow, user.identityProvider)
  // Passwordless users go straight to MFA, and only where MFA will ask: never signed on with nothing.
  else if (user?.passwordless && user.devices?.length && findApp(ctx, flow.authorize.clientId)?.mfa) {
    return advance(ctx, flow, user, [])
  }
  return {}
}

function signOn(ctx: Ctx, flow: FlowRecord, username: string, password: string): ActionResult {
  const check = checkPassword(ctx, username, password)
  if ('error' in check) return check
  return advance(ctx, flow, check.user, ['pwd'])
}

function field(body: Record<string, unknown>, name: string): string | undefined {
  const value = body[name]
  return typeof value === 'string' && value.trim() !== '' ? value : undefined
}

function blank(targets: string[]): Response {
  return invalidData(
    targets.map((target) => ({ code: 'INVALID_VALUE', target, message: `${target} must not be blank` })),
  )
}
