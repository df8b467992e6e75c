import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, waitFor, within } from 'storybook/test'
import { PingOneSignOn } from '../../src'
import type { SocialButtonProps } from '../../src/components'
import { onEmulator, type EmulatorLoaded } from '../support/emulator'
import { storyMessages } from '../support/messages'
import { OnDevice } from '../support/OnDevice'
import { enterDeviceCode, submitPassword } from '../support/play'
import { ReturnFrom } from '../support/ReturnFrom'
import {
  controlConfig,
  hostile,
  hostileConfig,
  hostileFailure,
  hostileIdentifierFirst,
  hostileStatus,
  hostileUsername,
  password,
  shownBy,
} from './hostileServer'
import { armTrap, expectNothingRan } from './trap'

/**
 * A PingOne whose every string is a script or HTML payload (stories/security/corpus.ts): each
 * screen shows them as plain text and none of them runs. test/browser/xss.test.ts replays these
 * stories in Chromium with the trap set before the page loads.
 */
const meta = {
  title: 'Security/Hostile server',
  component: PingOneSignOn,
  ...onEmulator(hostileConfig),
  beforeEach: armTrap,
} satisfies Meta<typeof PingOneSignOn>

export default meta
type Story = StoryObj<typeof meta>

/** Social providers' names on the sign-on page, in "Continue with …". */
export const SignOnPage: Story = {
  play: async (context) => {
    const t = await storyMessages(context)
    await context.canvas.findByLabelText(t('fields.username'))
    for (const name of shownBy.SignOnPage) {
      await expect(context.canvas.getByRole('button', { name: t('social.continueWith', { name }) })).toBeVisible()
    }
    await expectNothingRan()
  },
}

/** Device nicknames and models on the device choice. */
export const Devices: Story = {
  play: async (context) => {
    const { canvas } = context
    const t = await storyMessages(context)
    await submitPassword(context, 'mfa-many', password)
    await canvas.findByRole('heading', { name: t('deviceSelection.title') })
    const { pushNickname, pushModel, securityKey, authenticator } = hostile.devices
    const labels = [
      t('device.labelWithName', { type: t('device.type.mobile'), name: pushNickname }),
      t('device.labelWithName', { type: t('device.type.mobile'), name: pushModel }),
      t('device.labelWithName', { type: t('device.type.securityKey'), name: securityKey }),
      t('device.labelWithName', { type: t('device.type.totp'), name: authenticator }),
    ]
    for (const name of labels) await expect(canvas.getByRole('button', { name })).toBeVisible()
    await expectNothingRan()
  },
}

/** The agreement's name and text. */
export const Terms: Story = {
  play: async (context) => {
    const { name, paragraphs } = hostile.agreement
    await submitPassword(context, 'terms', password)
    const region = await context.canvas.findByRole('region', { name })
    for (const paragraph of paragraphs) await expect(within(region).getByText(paragraph)).toBeVisible()
    await expectNothingRan()
  },
}

/** Declining fails the flow; PingOne's message quotes the agreement's name. */
export const TermsDeclined: Story = {
  play: async (context) => {
    const t = await storyMessages(context)
    await submitPassword(context, 'terms', password)
    await context.userEvent.click(await context.canvas.findByRole('button', { name: t('agreement.decline') }))
    await context.canvas.findByRole('heading', { name: t('failedStep.title') })
    // PingOne's message, shown under the kit's own reason.
    await expect(context.canvas.getByText(`The user declined the agreement "${hostile.agreement.name}".`)).toBeVisible()
    await expectNothingRan()
  },
}

/** The profile prompt and the attributes' display names as field labels. */
export const Profile: Story = {
  play: async (context) => {
    const { prompt, phoneLabel, postalCodeLabel } = hostile.profile
    await submitPassword(context, 'new-joiner', password)
    await expect(await context.canvas.findByText(prompt)).toBeVisible()
    await expect(context.canvas.getByLabelText(phoneLabel)).toBeRequired()
    await expect(context.canvas.getByLabelText(postalCodeLabel)).toBeRequired()
    await expectNothingRan()
  },
}

/** PingOne's own error messages (the kit has none for these), which quote the display names. */
export const ProfileRejected: Story = {
  play: async (context) => {
    const { canvas, userEvent } = context
    const t = await storyMessages(context)
    const { phoneLabel, postalCodeLabel } = hostile.profile
    await submitPassword(context, 'new-joiner', password)
    const phone = await canvas.findByLabelText(phoneLabel)
    const postalCode = canvas.getByLabelText(postalCodeLabel)
    await userEvent.type(phone, '   ')
    await userEvent.type(postalCode, '   ')
    await userEvent.click(canvas.getByRole('button', { name: t('profileData.submit') }))
    // PingOne's message for a missing attribute: "<display name> is required".
    await waitFor(() => expect(phone).toHaveAccessibleDescription(`${phoneLabel} is required`))
    await expect(postalCode).toHaveAccessibleDescription(`${postalCodeLabel} is required`)
    await expectNothingRan()
  },
}

/** Back from a provider whose identity is linked to no account: its name in the heading. */
export const AccountLinking: Story = {
  render: (args, { loaded }) => (
    <ReturnFrom provider={hostile.providers.unlinked} browse={(loaded as EmulatorLoaded).browse} {...args} />
  ),
  play: async (context) => {
    const t = await storyMessages(context)
    const heading = t('accountLinking.title', { provider: hostile.providers.unlinked })
    await expect(await context.canvas.findByRole('heading', { name: heading })).toBeVisible()
    await expectNothingRan()
  },
}

/** Back from a provider that asks to confirm what it supplied: the user's names prefilled. */
export const AccountConfirmation: Story = {
  render: (args, { loaded }) => (
    <ReturnFrom provider={hostile.providers.confirm} browse={(loaded as EmulatorLoaded).browse} {...args} />
  ),
  play: async (context) => {
    const { canvas } = context
    const t = await storyMessages(context)
    const { given, family } = hostile.supplied
    const provider = hostile.providers.confirm
    await expect(await canvas.findByText(t('accountConfirmation.intro', { provider }))).toBeVisible()
    const optional = (label: string) => t('field.optional', { label })
    await expect(canvas.getByLabelText(optional(t('accountConfirmation.firstName')))).toHaveValue(given)
    await expect(canvas.getByLabelText(optional(t('accountConfirmation.lastName')))).toHaveValue(family)
    await expectNothingRan()
  },
}

/** Identifier first: a user whose company's identity provider has a hostile name. */
export const ExternalAuthentication: Story = {
  parameters: { emulator: hostileIdentifierFirst },
  play: async (context) => {
    const { canvas, userEvent } = context
    const t = await storyMessages(context)
    await userEvent.type(await canvas.findByLabelText(t('fields.username')), 'partner')
    await userEvent.click(canvas.getByRole('button', { name: t('identifier.submit') }))
    const name = t('externalAuthentication.continue', { provider: hostile.providers.partner })
    await expect(await canvas.findByRole('button', { name })).toBeVisible()
    await expectNothingRan()
  },
}

/** Identifier first: the username PingOne echoes back in "Signing on as …". */
export const SigningOnAs: Story = {
  parameters: { emulator: hostileIdentifierFirst },
  play: async (context) => {
    const { canvas, userEvent } = context
    const t = await storyMessages(context)
    await userEvent.type(await canvas.findByLabelText(t('fields.username')), hostileUsername)
    await userEvent.click(canvas.getByRole('button', { name: t('identifier.submit') }))
    await expect(await canvas.findByText(t('user.signingOnAs', { username: hostileUsername }))).toBeVisible()
    await expectNothingRan()
  },
}

/** Device authorization: the application's name in the consent question. */
export const DeviceConsent: Story = {
  render: (args, { loaded }) => <OnDevice loaded={loaded as EmulatorLoaded} {...args} />,
  play: async (context) => {
    const { canvas } = context
    const t = await storyMessages(context)
    await enterDeviceCode(context)
    await submitPassword(context, 'demo', password)
    const application = hostile.applicationName
    await expect(await canvas.findByText(t('deviceConsent.intro', { application }))).toBeVisible()
    await expectNothingRan()
  },
}

/** A status the kit has never met, named by a payload (the emulator's `mutateFlow` fault). */
export const UnknownStatus: Story = {
  parameters: { emulator: hostileStatus },
  play: async (context) => {
    const t = await storyMessages(context)
    await context.canvas.findByRole('heading', { name: t('unknownStep.title') })
    await expect(context.canvas.getByText(hostile.unknownStatus)).toBeVisible()
    await expectNothingRan()
  },
}

/** A FAILED flow whose reason the kit has no words for: PingOne's own message is the alert. */
export const UnknownFailure: Story = {
  parameters: { emulator: hostileFailure },
  play: async (context) => {
    const t = await storyMessages(context)
    await submitPassword(context, 'demo', password)
    await context.canvas.findByRole('heading', { name: t('failedStep.title') })
    await expect(context.canvas.getByRole('alert')).toHaveTextContent(hostile.failureMessage)
    await expectNothingRan()
  },
}

/** What the kit's slots never do, and a custom slot must not do either: server text as HTML. */
function UnsafeSocialButton({ provider, ...props }: SocialButtonProps) {
  return <button type="button" {...props} dangerouslySetInnerHTML={{ __html: `Continue with ${provider.name}` }} />
}

/**
 * The control for the stories above: a custom SocialButton that renders the provider's name as
 * HTML runs its `<img onerror>`, and test/browser/xss.test.ts must see both the call and the element.
 */
export const UnsafeCustomSlot: Story = {
  args: { components: { SocialButton: UnsafeSocialButton } },
  parameters: { emulator: controlConfig },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('button', { name: 'Continue with Control ID' })).toBeVisible()
    await waitFor(() => expect(globalThis.__xssFired).toContain('control'))
  },
}
