import type { Ctx } from '../state/context'
import { json } from '../http/http'
import { newId } from '../state/ids'

/**
 * What `GET as/authorize?…&response_mode=pi.flow` answers for an application bound to a DaVinci
 * flow policy (`davinci: true`): DaVinci's first screen, a username and password form, in the shape
 * of Ping's SDK test data (shared/davinci/fixtures/continue__authorize__customHTMLTemplate-username-password.json),
 * with this environment's ids and links. An object given as `davinci` is answered as it is.
 */
export function daVinciAnswer(ctx: Ctx, davinci: true | Record<string, unknown>): Response {
  if (davinci !== true) return json(200, davinci)
  const connectionId = '867ed4363b2bc21c860085ad2baa817d'
  return json(200, {
    interactionId: newId(),
    interactionToken: [newId(), newId()].join('').replaceAll('-', ''),
    _links: { next: { href: `${ctx.base}/davinci/connections/${connectionId}/capabilities/customHTMLTemplate` } },
    eventName: 'continue',
    isResponseCompatibleWithMobileAndWebSdks: true,
    id: 'cq77vwelou',
    companyId: ctx.config.environmentId,
    flowId: newId().replaceAll('-', ''),
    connectionId,
    capabilityName: 'customHTMLTemplate',
    formData: { value: { username: '', password: '' } },
    form: {
      name: 'Username/Password Form',
      description: '',
      category: 'CUSTOM_HTML',
      components: {
        fields: [
          { type: 'TEXT', key: 'username', label: 'Username' },
          { type: 'PASSWORD', key: 'password', label: 'Password' },
          { type: 'SUBMIT_BUTTON', key: 'SIGNON', label: 'Sign On' },
          { type: 'FLOW_BUTTON', key: 'TROUBLE', label: 'Having trouble signing on?' },
          { type: 'FLOW_BUTTON', key: 'REGISTER', label: 'No account? Register now!' },
        ],
      },
    },
  })
}
