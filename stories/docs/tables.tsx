/**
 * The tables of the docs pages. Each is typed against the kit's own types (`satisfies Record<keyof
 * …>`), so `tsc` fails when a prop, a field of `useSignOn()` or a slot is added or removed and the
 * docs are not; the custom properties and message keys are read from the stylesheet and the English
 * catalogue themselves.
 */
import type { ReactNode } from 'react'
import type { PingOneSignOnProps, SignOnComponents, SignOnState } from '../../src'
import { en } from '../../src/messages/en'
import { shippedLocales } from '../../src/messages/locales'
import styles from '../../src/styles.css?raw'

type Row = readonly [name: ReactNode, ...cells: ReactNode[]]

function Table({ head, rows }: { head: string[]; rows: Row[] }) {
  return (
    <table>
      <thead>
        <tr>
          {head.map((cell) => (
            <th key={cell}>{cell}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(([name, ...cells], index) => (
          <tr key={index}>
            <td>{typeof name === 'string' ? <code>{name}</code> : name}</td>
            {cells.map((cell, i) => (
              <td key={i}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

const c = (text: string) => <code>{text}</code>

// ---------------------------------------------------------------------------------------------
// <PingOneSignOn> props

const providerProps = {
  environmentId: ['required', 'The PingOne environment id.'],
  clientId: ['required', "The application's client id."],
  redirectUri: ['required', 'A redirect URI registered on the application; sent on authorize and returned with the code.'],
  scope: [c("'openid'"), 'Space-separated scopes.'],
  authBaseUrl: [
    c("'https://auth.pingone.com'"),
    <>The auth host (https; http only on localhost), or a region: {c("'eu'")}, {c("'ca'")}, {c("'asia'")}, {c("'com.au'")}, {c("'sg'")}. The kit sends requests and navigates only under this origin's {c('/{environmentId}/')}.</>,
  ],
  customDomain: [
    '',
    <>Your PingOne custom domain, e.g. {c("'https://auth.example.com'")}: every request goes there without the environment id in the path, and only that origin is trusted ({c('authBaseUrl')} is unused).</>,
  ],
  acrValues: ['', <>Sign-on policy names for PingOne to apply ({c('acr_values')}), e.g. {c("'Multi_Factor'")}.</>],
  loginHint: ['', <>The user to sign on ({c('login_hint')}): the username field starts with it; an identifier-first policy may ask only for the password.</>],
  prompt: ['', <>{c("'login'")}: ask for the password even when the browser has a PingOne session.</>],
  maxAge: ['', <>Seconds: an older PingOne session does not sign the user on ({c('max_age')}).</>],
  onComplete: ['', <>{c('({ code, state, nonce, codeVerifier, redirectUri }) => void')}, once per flow.</>],
  onError: ['', <>{c('(error: PingOneError) => void')}, once per error: PingOne's, the network's or the kit's own checks.</>],
  components: ['', <>Slots to replace (see <b>Docs/Slots</b>); the rest keep their defaults.</>],
  flowId: [
    <>the page's {c('?flowId=')}, if this page may continue it</>,
    <>
      Continue this flow instead of starting one. From the address, only a flow back from a social provider (this tab holds its PKCE
      transaction), or one PingOne sent to a {c('loginPage')}; any other is dropped.
    </>,
  ],
  loginPage: [
    c('false'),
    <>
      This page is the application's login page URL (redirect mode): continue the {c('?flowId=')} PingOne sends here when the address's{' '}
      {c('environmentId')} is this one.
    </>,
  ],
  started: [
    '',
    <>
      What {c('startSignOn(config)')} returned: a sign-on started before React rendered, taken over instead of a second authorize
      (ignored for another config, or once a provider has mounted with it). See <b>Start the sign-on before React renders</b> in the README.
    </>,
  ],
  children: [c('<CurrentStep />'), <>Your own page around {c('<CurrentStep />')}, or a whole UI of your own from {c('useSignOn()')}.</>],
  locale: [
    c("'en'"),
    <>
      A BCP 47 tag. The best shipped match is used, loaded on demand: the tag, then its language ({c("'de-AT'")} → {c("'de'")},{' '}
      {c("'pt'")} → {c("'pt-BR'")}, {c("'zh'")} → {c("'zh-CN'")}), else English. Shipped: {shippedLocales.join(', ')}.
    </>,
  ],
  messages: ['', <>Overrides per locale and per key, {c("'*'")} for every locale (see <b>Docs/Messages</b>).</>],
  dir: ['from the locale', <>{c("'ltr'")} or {c("'rtl'")}; Arabic and Hebrew are {c("'rtl'")} by default.</>],
  colorScheme: [c("'system'"), <>{c("'light'")}, {c("'dark'")}, or {c("'system'")} to follow {c('prefers-color-scheme')}.</>],
  unstyled: [c('false'), 'The optional stylesheet then applies nothing to this instance: style every data-slot yourself.'],
  requestTimeout: [
    c('30000'),
    <>Milliseconds a request may take before it is cancelled ({c("'TIMEOUT'")}). Reads are retried on transient failures; actions never.</>,
  ],
} satisfies Record<keyof PingOneSignOnProps, readonly [ReactNode, ReactNode]>

export function ProviderPropsTable() {
  return <Table head={['Prop', 'Default', '']} rows={Object.entries(providerProps).map(([name, cells]) => [name, ...cells])} />
}

// ---------------------------------------------------------------------------------------------
// useSignOn()

const signOnState = {
  step: <>The current step, narrowed by {c('step.kind')} ({c("'usernamePassword'")}, {c("'otp'")}, {c("'completed'")}, …); undefined until PingOne answers.</>,
  flow: "PingOne's flow as it last answered.",
  act: <>{c('act(action, body?)')} posts a flow action ({c("'usernamePassword.check'")}, {c("'user.lookup'")}, …); rejects with a {c('PingOneError')}.</>,
  isPending: 'True while an action request runs.',
  error: <>The last action's {c('PingOneError')} (a wrong password and the like), or null.</>,
  fatalError: 'An error that ends this flow (start failed, untrusted link, resume failed): only a restart helps.',
  notice: <>{c("'flowExpired'")} after an expired flow restarted by itself (the username is kept), until the next action; else null.</>,
  restart: 'Abandons this flow and starts a new sign-on.',
  refresh: 'Re-reads the flow from PingOne (the push step polls with it).',
  authenticate: "Sends the page to an external identity provider of the flow (PingOne's origin only).",
  result: <>{c('{ code, state, nonce, codeVerifier, redirectUri }')} once the flow is completed and resumed.</>,
  lastUsername: 'The username last sent to PingOne in this mount, to prefill a form after a restart.',
  t: (
    <>
      {c("t(key, params?)")}: the message for a catalogue key in the current locale, the host's overrides first;{' '}
      {c('{name}')} placeholders filled, {c('count')} picks the plural form. {c('t.maybe(key)')} returns undefined for a
      missing key (an error code the catalogue does not know).
    </>
  ),
  locale: <>The locale in use: the best match for the {c('locale')} prop ({c("'de-AT'")} → {c("'de'")}).</>,
  dir: <>{c("'ltr'")} or {c("'rtl'")}: the {c('dir')} prop, else the locale's.</>,
  appearance: <>{c('{ colorScheme, unstyled }')} from the provider, as the root element shows them.</>,
  isLoadingMessages: "True until the locale's catalogue has loaded (English needs no loading).",
  components: <>The merged slots: {c('const { Button } = useSignOn().components')}.</>,
  config: 'The config with defaults applied and the trusted origin worked out.',
} satisfies Record<keyof SignOnState, ReactNode>

export function SignOnStateTable() {
  return <Table head={['Field', '']} rows={Object.entries(signOnState).map(([name, text]) => [name, text])} />
}

// ---------------------------------------------------------------------------------------------
// Slots

const step = (kind: string, status: ReactNode): readonly [ReactNode, ReactNode] => [c(`StepProps<'${kind}'>`), status]

const slots = {
  UsernamePasswordStep: step('usernamePassword', <>USERNAME_PASSWORD_REQUIRED (with "Forgot password?" and "Create an account" when offered)</>),
  IdentifierStep: step('identifier', 'SIGN_ON_REQUIRED (identifier first)'),
  PasswordStep: step('password', 'PASSWORD_REQUIRED'),
  ChangePasswordStep: step('changePassword', 'PASSWORD_EXPIRED, MUST_CHANGE_PASSWORD'),
  RecoveryCodeStep: step('recoveryCode', 'RECOVERY_CODE_REQUIRED'),
  VerificationCodeStep: step('verificationCode', 'VERIFICATION_CODE_REQUIRED'),
  DeviceSelectionStep: step('deviceSelection', 'DEVICE_SELECTION_REQUIRED'),
  OtpStep: step('otp', 'OTP_REQUIRED'),
  PushStep: step('push', 'PUSH_CONFIRMATION_REQUIRED (polls every 2 s while shown and visible)'),
  PushTimedOutStep: step('pushTimedOut', 'PUSH_CONFIRMATION_TIMED_OUT'),
  AssertionStep: step('assertion', 'ASSERTION_REQUIRED (security key or platform authenticator)'),
  AccountLinkingStep: step('accountLinking', 'ACCOUNT_LINKING_REQUIRED'),
  AccountConfirmationStep: step('accountConfirmation', 'ACCOUNT_CONFIRMATION_REQUIRED'),
  ExternalAuthenticationStep: step('externalAuthentication', 'EXTERNAL_AUTHENTICATION_REQUIRED'),
  ProfileDataStep: step('profileData', 'PROFILE_DATA_REQUIRED'),
  AgreementStep: step('agreement', 'AGREEMENT_CONSENT_REQUIRED'),
  DeviceCodeStep: step('deviceCode', 'DAG_USER_CODE_REQUIRED'),
  DeviceConsentStep: step('deviceConsent', 'DAG_CONSENT_REQUIRED'),
  CompletedStep: step('completed', 'COMPLETED, while the code is fetched'),
  FailedStep: step('failed', 'FAILED'),
  UnknownStep: step('unknown', "a status this version does not know, or a step whose link is missing: names it and offers a restart"),
  ErrorStep: [c('{ error, restart }'), 'start failed, resume failed, a link refused (an expired flow starts again by itself instead)'],
  LoadingStep: ['none', 'the first request'],
  Layout: [c('{ title, children }'), <>the frame of every step: {c('<section data-slot="layout" aria-labelledby>')} with Brand, Heading, the notice if any, then the step</>],
  Brand: ['none', <>above every heading: {c('<div data-slot="brand" aria-hidden="true">')} showing {c('--pingone-logo')}; nothing when unset</>],
  Heading: [c("ComponentPropsWithRef<'h1'>"), <>every step's title, {c('<h1 data-slot="heading" tabIndex={-1}>')}; focused when the step changes</>],
  Button: [c("ComponentPropsWithRef<'button'> & { variant?: 'primary' | 'secondary' }"), <>every button: {c('<button data-slot="button" data-variant>')}; default {c('type="button"')}</>],
  Link: [c("ComponentPropsWithRef<'button'>"), <>an in-page action that looks like a link ("Forgot password?"): {c('<button data-slot="link">')}</>],
  TextField: [
    <>input props + {c('label: string')}, {c('error?: string')}, {c('description?: ReactNode')}</>,
    <>every text input: {c('<div data-slot="field" [data-invalid]>')} with label, input, description and {c('role="alert"')} error, tied by {c('aria-describedby')} and {c('aria-invalid')}</>,
  ],
  PasswordField: [
    c('TextFieldProps'),
    <>passwords: the field with {c('data-kind="password"')} and a show/hide {c('<button data-slot="reveal" aria-pressed aria-controls>')}</>,
  ],
  CodeField: [c('TextFieldProps'), <>one-time and verification codes: {c('data-kind="code"')}, {c('inputMode="numeric"')}, {c('autoComplete="one-time-code"')}</>],
  Alert: [c("{ tone?: 'error' | 'info' | 'success', children }"), <>{c('<div data-slot="alert" data-tone>')}: {c('role="alert"')} for errors, {c('role="status"')} otherwise</>],
  Spinner: [c('{ label: string }'), <>busy indicator: {c('<span data-slot="spinner" role="status">')} with a hidden label</>],
  SocialButtons: [c('{ providers, onSelect, isPending }'), <>the external identity providers: {c('<div data-slot="social" role="group">')} of SocialButton</>],
  SocialButton: [<>button props + {c('provider: SocialProvider')}</>, <>{c('<button data-slot="social-button" data-provider-type>')}</>],
  DeviceOption: [<>button props + {c('device: FlowDevice')}, {c('label: string')}</>, <>one MFA method to choose: {c('<button data-slot="device-option" data-device-type>')}</>],
} satisfies Record<keyof SignOnComponents, readonly [ReactNode, ReactNode]>

export function SlotTable({ kind }: { kind: 'step' | 'primitive' }) {
  const rows = Object.entries(slots).filter(([name]) => (kind === 'step') === /Step$/.test(name))
  return <Table head={['Slot', 'Props', kind === 'step' ? 'Shown for' : 'Default DOM, and where']} rows={rows.map(([name, cells]) => [name, ...cells])} />
}

// ---------------------------------------------------------------------------------------------
// Theming

const customProperties: Record<string, ReactNode> = {
  '--pingone-accent': 'Buttons, links, focus rings.',
  '--pingone-accent-text': 'Text on the accent (primary buttons).',
  '--pingone-text': 'Body text.',
  '--pingone-muted': 'Descriptions and secondary text.',
  '--pingone-surface': "The instance's background, and inputs'.",
  '--pingone-border': 'Input and divider borders.',
  '--pingone-error': 'Errors: text, invalid borders, the error alert.',
  '--pingone-success': 'Met password rules, success alerts.',
  '--pingone-radius': 'Corner radius of inputs, buttons, alerts.',
  '--pingone-font': <>The {c('font')} shorthand of the instance.</>,
  '--pingone-gap': 'The spacing unit.',
  '--pingone-logo': <>An image for the Brand slot, e.g. {c('url(/logo.svg)')}; none by default.</>,
  '--pingone-logo-height': 'The height of the logo.',
}

/** Properties the stylesheet sets for itself: not for theming. */
const internalProperties: Record<string, ReactNode> = {
  '--pingone-tone': <>Internal: an alert's colour, set from {c('data-tone')} (error, accent or success).</>,
}

/** Every `--pingone-*` the stylesheet reads; a property it uses that this table lacks is listed too. */
export function CustomPropertiesTable() {
  const used = new Set(styles.match(/--pingone-[a-z-]+/g) ?? [])
  const names = [...new Set([...Object.keys(customProperties), ...used])].filter((name) => !(name in internalProperties))
  return (
    <Table
      head={['Custom property', 'Used by the stylesheet', '']}
      rows={names.map((name) => [name, used.has(name) ? 'yes' : 'not yet', customProperties[name] ?? 'Not documented yet.'])}
    />
  )
}

// ---------------------------------------------------------------------------------------------
// Messages

/** Every key of the English catalogue with its text; plural messages show each form. */
export function MessageKeysTable({ prefix }: { prefix?: string }) {
  const entries = Object.entries(en).filter(([key]) => !prefix || key.startsWith(prefix))
  return (
    <Table
      head={['Key', 'English']}
      rows={entries.map(([key, message]) => [
        key,
        typeof message === 'string'
          ? message
          : Object.entries(message as Record<string, string>).map(([form, text]) => (
              <div key={form}>
                <small>{form}:</small> {text}
              </div>
            )),
      ])}
    />
  )
}
