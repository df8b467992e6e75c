import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect } from 'storybook/test'
import { PingOneSignOn } from '../../src'
import { onEmulator, type EmulatorLoaded } from '../support/emulator'
import { storyMessages } from '../support/messages'
import { enterDeviceCode, submitPassword } from '../support/play'
import { OnDevice } from '../support/OnDevice'

/** DAG_CONSENT_REQUIRED: after the code and the sign-on, allow or deny the device. */
const meta = {
  title: 'Steps/DeviceConsentStep',
  component: PingOneSignOn,
  ...onEmulator(),
  render: (args, { loaded }) => <OnDevice loaded={loaded as EmulatorLoaded} {...args} />,
} satisfies Meta<typeof PingOneSignOn>

export default meta
type Story = StoryObj<typeof meta>

/** Reached by typing the device's code, then signing on as `demo`. */
export const Default: Story = {
  play: async (context) => {
    const { canvas } = context
    const t = await storyMessages(context)
    await enterDeviceCode(context)
    await submitPassword(context, 'demo', 'Demo-Passw0rd!')
    await expect(await canvas.findByRole('heading', { name: t('deviceConsent.title') })).toBeVisible()
    await expect(canvas.getByRole('button', { name: t('deviceConsent.deny') })).toBeVisible()
  },
}
