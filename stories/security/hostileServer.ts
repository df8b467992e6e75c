import { defaultConfig, demoSecurityKey, type EmulatorConfig } from '../../emulator'
import { corpus } from './corpus'

/** The password of every user of the hostile environment. */
export const password = 'Demo-Passw0rd!'

/** A user whose username is itself a payload (echoed back as "Signing on as …"). */
export const hostileUsername = `<img src=x onerror="__xss('username')">`

const agreementName = `${corpus.script} Terms`
const agreementParagraphs = [corpus.img, corpus.anchor, corpus.mutation, corpus.entities, corpus.long, corpus.rightToLeftOverride]
const profilePrompt = `${corpus.style}${corpus.img} Please complete your profile.`
const phoneLabel = `${corpus.script} Mobile phone`
const postalCodeLabel = `${corpus.iframe} Postal code`

const provider = {
  linked: { id: 'c0a80101-0000-4000-8000-000000000001', name: corpus.script },
  unlinked: { id: 'c0a80101-0000-4000-8000-000000000002', name: `${corpus.svg} Globex` },
  confirm: { id: 'c0a80101-0000-4000-8000-000000000003', name: corpus.iframe },
  template: { id: 'c0a80101-0000-4000-8000-000000000004', name: corpus.template },
  literal: { id: 'c0a80101-0000-4000-8000-000000000005', name: corpus.templateLiteral },
  placeholders: { id: 'c0a80101-0000-4000-8000-000000000006', name: corpus.placeholders },
  rtl: { id: 'c0a80101-0000-4000-8000-000000000007', name: corpus.rightToLeftOverride },
  partner: { id: 'c0a80101-0000-4000-8000-000000000008', name: corpus.javascriptUrl },
}
const offered = [provider.linked, provider.unlinked, provider.confirm, provider.template, provider.literal, provider.placeholders, provider.rtl]

const supplied = { given: corpus.attribute, family: corpus.autofocus, username: 'hostile.initech' }

const devices = {
  pushNickname: corpus.img,
  pushModel: corpus.svgAnimate,
  securityKey: corpus.details,
  authenticator: corpus.unbroken,
}

const demoApp = defaultConfig.applications[0]!

/**
 * The demo environment (same ids), with every string PingOne would send a sign-on page replaced
 * by payloads from the {@link corpus}: the application's name, the providers' names, what they
 * supply about the user, device nicknames and models, the agreement, the profile prompt and its
 * attributes' display names, and the users' names.
 */
export const hostileConfig: EmulatorConfig = {
  ...defaultConfig,
  applications: [
    {
      ...demoApp,
      name: `${corpus.img} ${corpus.meta} Demo App`,
      socialProviderIds: offered.map((p) => p.id),
      agreement: { id: 'c0a80101-0000-4000-8000-0000000000a1', name: agreementName, text: agreementParagraphs.join('\n\n') },
      progressiveProfiling: {
        promptText: profilePrompt,
        attributes: [
          { name: 'mobilePhone', displayName: phoneLabel, required: true },
          { name: 'address.postalCode', displayName: postalCodeLabel, required: true },
        ],
      },
    },
  ],
  users: [
    {
      username: 'demo',
      password,
      email: 'demo@example.com',
      name: { given: corpus.object, family: corpus.attribute },
    },
    { username: 'terms', password, email: 'terms@example.com', acceptedAgreement: false },
    { username: 'new-joiner', password, email: 'new-joiner@example.com', attributes: {} },
    { username: 'partner', password, email: 'partner@partner.example', identityProvider: provider.partner.id },
    { username: hostileUsername, password, email: 'hostile@example.com' },
    {
      username: 'mfa-many',
      password,
      email: 'mfa-many@example.com',
      devices: [
        { type: 'MOBILE', nickname: devices.pushNickname, model: 'iPhone 15' },
        { type: 'MOBILE', model: devices.pushModel },
        { type: 'SECURITY_KEY', nickname: devices.securityKey, credentialId: demoSecurityKey.credentialId, publicKey: demoSecurityKey.publicKey },
        { type: 'TOTP', nickname: devices.authenticator },
      ],
    },
  ],
  socialProviders: [
    { ...provider.linked, type: 'OPENID_CONNECT', username: 'demo' },
    {
      ...provider.unlinked,
      type: 'OPENID_CONNECT',
      attributes: { username: 'hostile.globex', email: 'gina@globex.example', name: { given: corpus.attribute, family: corpus.img } },
    },
    {
      ...provider.confirm,
      type: 'OPENID_CONNECT',
      attributes: { username: supplied.username, email: 'ian@initech.example', name: { given: supplied.given, family: supplied.family } },
      confirmAttributes: true,
    },
    { ...provider.template, type: 'OPENID_CONNECT', username: 'demo' },
    { ...provider.literal, type: 'OPENID_CONNECT', username: 'demo' },
    { ...provider.placeholders, type: 'OPENID_CONNECT', username: 'demo' },
    { ...provider.rtl, type: 'OPENID_CONNECT', username: 'demo' },
    { ...provider.partner, type: 'SAML', username: 'partner' },
  ],
}

/** The same environment, signing on with the username first. */
export const hostileIdentifierFirst: EmulatorConfig = {
  ...hostileConfig,
  applications: [{ ...hostileConfig.applications[0]!, signOnPolicy: 'identifierFirst' }],
}

const unknownStatus = `${corpus.img}${corpus.details}`
const failureMessage = `${corpus.svg}${corpus.template} Policy stopped this sign-on.`

/** PingOne answers authorize with a status the kit has never met, named by a payload. */
export const hostileStatus: EmulatorConfig = {
  ...hostileConfig,
  faults: [{ on: { endpoint: 'authorize' }, fault: { kind: 'mutateFlow', set: { status: unknownStatus } } }],
}

/** The password step fails the flow for a reason the kit has no words for: PingOne's message shows. */
export const hostileFailure: EmulatorConfig = {
  ...hostileConfig,
  faults: [
    {
      on: { endpoint: 'flow', method: 'POST', action: 'usernamePassword.check' },
      fault: { kind: 'mutateFlow', set: { status: 'FAILED', error: { code: 'SOMETHING_NEW', message: failureMessage } } },
    },
  ],
}

/** The server strings each story of Security/Hostile server ends up showing, as literal text. */
export const shownBy = {
  SignOnPage: offered.map((p) => p.name),
  Devices: Object.values(devices),
  Terms: [agreementName, ...agreementParagraphs],
  TermsDeclined: [`The user declined the agreement "${agreementName}".`],
  Profile: [profilePrompt, phoneLabel, postalCodeLabel],
  ProfileRejected: [`${phoneLabel} is required`, `${postalCodeLabel} is required`],
  AccountLinking: [provider.unlinked.name],
  AccountConfirmation: [provider.confirm.name, supplied.given, supplied.family],
  ExternalAuthentication: [provider.partner.name],
  SigningOnAs: [hostileUsername],
  DeviceConsent: [hostileConfig.applications[0]!.name],
  UnknownStatus: [unknownStatus],
  UnknownFailure: [failureMessage],
} satisfies Record<string, string[]>

/** The hostile strings by where they appear, for stories that look for one. */
export const hostile = {
  providers: { unlinked: provider.unlinked.name, confirm: provider.confirm.name, partner: provider.partner.name },
  devices,
  agreement: { name: agreementName, paragraphs: agreementParagraphs },
  profile: { prompt: profilePrompt, phoneLabel, postalCodeLabel },
  supplied,
  applicationName: hostileConfig.applications[0]!.name,
  unknownStatus,
  failureMessage,
}

/** One provider whose name springs the trap if rendered as HTML (for the control story). */
export const controlConfig: EmulatorConfig = {
  ...hostileConfig,
  applications: [{ ...hostileConfig.applications[0]!, socialProviderIds: [provider.linked.id] }],
  socialProviders: [{ ...provider.linked, name: `<img src=x alt="" onerror="__xss('control')">Control ID`, type: 'OPENID_CONNECT', username: 'demo' }],
}
