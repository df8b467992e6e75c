import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect } from 'storybook/test'
import { PingOneSignOn } from '../../src'
import { onEmulator } from '../support/emulator'
import { storyMessages } from '../support/messages'
import { submitPassword } from '../support/play'

/** ASSERTION_REQUIRED: `mfa-many` picks the security key. */
const meta = {
  title: 'Steps/AssertionStep',
  component: PingOneSignOn,
  ...onEmulator(),
} satisfies Meta<typeof PingOneSignOn>

export default meta
type Story = StoryObj<typeof meta>

/** Signs on as `mfa-many` and picks the security key; returns the story's messages. */
async function chooseSecurityKey(context: Parameters<NonNullable<Story['play']>>[0]) {
  const t = await storyMessages(context)
  await submitPassword(context, 'mfa-many', 'Demo-Passw0rd!')
  const securityKey = t('device.labelWithName', { type: t('device.type.securityKey'), name: 'Demo security key' })
  await context.userEvent.click(await context.canvas.findByRole('button', { name: securityKey }))
  await context.canvas.findByRole('heading', { name: t('assertion.title') })
  return t
}

/** A browser without WebAuthn: a clear message and the other methods. */
export const NoWebAuthn: Story = {
  beforeEach: () => {
    const original = Object.getOwnPropertyDescriptor(window, 'PublicKeyCredential')
    Object.defineProperty(window, 'PublicKeyCredential', { value: undefined, configurable: true, writable: true })
    return () => {
      if (original) Object.defineProperty(window, 'PublicKeyCredential', original)
    }
  },
  play: async (context) => {
    const t = await chooseSecurityKey(context)
    await expect(context.canvas.getByRole('alert')).toHaveTextContent(t('assertion.unsupported'))
    const sms = t('device.labelWithContact', { type: t('device.type.sms'), contact: '*******01' })
    await expect(context.canvas.getByRole('button', { name: sms })).toBeVisible()
  },
}

/** The user cancels the browser's prompt (NotAllowedError): say so, and offer the other methods. */
export const Cancelled: Story = {
  beforeEach: () => {
    const credentials = navigator.credentials
    const original = credentials.get
    credentials.get = () => Promise.reject(new DOMException('The operation either timed out or was not allowed.', 'NotAllowedError'))
    return () => {
      credentials.get = original
    }
  },
  play: async (context) => {
    const t = await chooseSecurityKey(context)
    await context.userEvent.click(context.canvas.getByRole('button', { name: t('assertion.start') }))
    await expect(await context.canvas.findByRole('alert')).toHaveTextContent(t('assertion.cancelled'))
    const email = t('device.labelWithContact', { type: t('device.type.email'), contact: 'd***@example.com' })
    await expect(context.canvas.getByRole('button', { name: email })).toBeVisible()
  },
}
