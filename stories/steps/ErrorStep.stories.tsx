import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, waitFor } from 'storybook/test'
import { PingOneSignOn } from '../../src'
import { defaultConfig } from '../../emulator'
import { onEmulator, withApplication } from '../support/emulator'
import { storyMessages } from '../support/messages'
import { submitPassword } from '../support/play'

/** The sign-on cannot go on: it never started, or PingOne stays unavailable. */
const meta = {
  title: 'Steps/ErrorStep',
  component: PingOneSignOn,
  ...onEmulator(),
} satisfies Meta<typeof PingOneSignOn>

export default meta
type Story = StoryObj<typeof meta>

/**
 * Authorize refuses an unknown client id: a set-up mistake (`CONFIG_REFUSED`, PingOne's error as its
 * `cause`), which the page calls one, never a connection problem. In development the console says
 * which prop to fix.
 */
export const StartFailed: Story = {
  args: { clientId: 'not-a-registered-client' },
  play: async (context) => {
    const { canvas, args } = context
    const t = await storyMessages(context)
    await expect(await canvas.findByRole('heading', { name: t('errorStep.title') })).toBeVisible()
    await expect(canvas.getByRole('alert')).toHaveTextContent(t('error.INVALID_CONFIG'))
    await waitFor(() =>
      expect(args.onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'CONFIG_REFUSED', isConfigError: true })),
    )
  },
}

/** PingOne answers 503 every time: the start is tried 3 times, then the user is told to try again. */
export const Unavailable: Story = {
  parameters: {
    emulator: { ...defaultConfig, faults: [{ on: { endpoint: 'authorize' }, fault: { kind: 'status', status: 503 }, times: Infinity }] },
  },
  play: async (context) => {
    const { canvas, args } = context
    const t = await storyMessages(context)
    await expect(await canvas.findByRole('heading', { name: t('errorStep.title') })).toBeVisible()
    await expect(canvas.getByRole('alert')).toHaveTextContent(t('error.SERVICE_UNAVAILABLE'))
    await waitFor(() => expect(args.onError).toHaveBeenCalledWith(expect.objectContaining({ status: 503 })))
  },
}

/**
 * A setup mistake: `authBaseUrl="au"` is no PingOne region (`com`, `eu`, `ca`, `asia`, `com.au`,
 * `sg`). Nothing is sent; `onError` gets `INVALID_CONFIG` naming the prop, and no Start again is
 * offered, since starting again would not mend the page.
 */
export const SetupMistake: Story = {
  args: { authBaseUrl: 'au' },
  play: async (context) => {
    const { canvas, args } = context
    const t = await storyMessages(context)
    await expect(await canvas.findByRole('heading', { name: t('errorStep.title') })).toBeVisible()
    await expect(canvas.getByRole('alert')).toHaveTextContent(t('error.INVALID_CONFIG'))
    await expect(canvas.queryByRole('button', { name: t('common.restart') })).toBeNull()
    await waitFor(() => expect(args.onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'INVALID_CONFIG' })))
  },
}

/**
 * The application is bound to a DaVinci flow policy: authorize answers in DaVinci's terms, which
 * this kit does not render, and says so (`onError`: `DAVINCI_FLOW`).
 */
export const DaVinciApplication: Story = {
  parameters: { emulator: withApplication({ davinci: true }) },
  play: async (context) => {
    const { canvas, args } = context
    const t = await storyMessages(context)
    await expect(await canvas.findByRole('heading', { name: t('errorStep.title') })).toBeVisible()
    await expect(canvas.getByRole('alert')).toHaveTextContent(t('error.DAVINCI_FLOW'))
    await waitFor(() => expect(args.onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'DAVINCI_FLOW' })))
  },
}

/**
 * The browser blocks PingOne's cookies (third-party to this page): PingOne refuses the first
 * action, and the user reads why (`onError`: `COOKIES_BLOCKED`). Played here by the emulator's
 * `dropSession` fault; a real Chromium blocks them in test/browser/sites-apart.test.ts.
 */
export const CookiesBlocked: Story = {
  parameters: {
    emulator: { ...defaultConfig, faults: [{ on: { endpoint: 'flow', method: 'POST' }, fault: { kind: 'dropSession' }, times: Infinity }] },
  },
  play: async (context) => {
    const { canvas, args } = context
    const t = await storyMessages(context)
    await submitPassword(context, 'demo', 'Demo-Passw0rd!')
    await expect(await canvas.findByRole('heading', { name: t('errorStep.title') })).toBeVisible()
    await expect(canvas.getByRole('alert')).toHaveTextContent(t('error.COOKIES_BLOCKED'))
    await expect(canvas.getByRole('button', { name: t('common.restart') })).toBeVisible()
    await waitFor(() => expect(args.onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'COOKIES_BLOCKED' })))
  },
}

/**
 * PingOne sent the browser back to the login page with `?error=` (an identity provider failed): the
 * kit's own words, never the address's text, and nothing starts until Start again.
 */
export const ErrorInPageAddress: Story = {
  // The provider reads the page address when no flowId prop is given.
  render: ({ flowId: _, ...args }) => <PingOneSignOn {...args} />,
  beforeEach: () => {
    const before = window.location.href
    const url = new URL(before)
    const error = { code: 'REQUEST_FAILED', message: 'Your account is locked. Call +1 555 0100.' }
    url.searchParams.set('error', JSON.stringify(error))
    window.history.replaceState(window.history.state, '', url)
    return () => window.history.replaceState(window.history.state, '', before)
  },
  play: async (context) => {
    const { canvas, args } = context
    const t = await storyMessages(context)
    await expect(await canvas.findByRole('heading', { name: t('errorStep.title') })).toBeVisible()
    await expect(canvas.getByRole('alert')).toHaveTextContent(t('error.returned'))
    await expect(canvas.queryByText(/555/)).toBeNull()
    await waitFor(() => expect(args.onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'REQUEST_FAILED' })))
  },
}
