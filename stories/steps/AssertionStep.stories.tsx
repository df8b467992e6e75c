import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect } from 'storybook/test'
import { PingOneSignOn } from '../../src'
import { onEmulator } from '../support/emulator'
import { submitPassword } from '../support/play'

/** ASSERTION_REQUIRED: `mfa-many` picks the security key. */
const meta = {
  title: 'Steps/AssertionStep',
  component: PingOneSignOn,
  ...onEmulator(),
} satisfies Meta<typeof PingOneSignOn>

export default meta
type Story = StoryObj<typeof meta>

async function chooseSecurityKey(context: Parameters<NonNullable<Story['play']>>[0]) {
  await submitPassword(context, 'mfa-many', 'Demo-Passw0rd!')
  await context.userEvent.click(await context.canvas.findByRole('button', { name: 'Security key (Demo security key)' }))
  await context.canvas.findByRole('heading', { name: 'Use your security key' })
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
    await chooseSecurityKey(context)
    await expect(context.canvas.getByRole('alert')).toHaveTextContent('This browser cannot use security keys.')
    await expect(context.canvas.getByRole('button', { name: 'Text message to *******01' })).toBeVisible()
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
    await chooseSecurityKey(context)
    await context.userEvent.click(context.canvas.getByRole('button', { name: 'Use security key' }))
    await expect(await context.canvas.findByRole('alert')).toHaveTextContent('was cancelled or timed out')
    await expect(context.canvas.getByRole('button', { name: 'Email to d***@example.com' })).toBeVisible()
  },
}
