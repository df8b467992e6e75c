import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, waitFor } from 'storybook/test'
import { PingOneSignOn } from '../../src'
import { onEmulator, type EmulatorLoaded } from '../support/emulator'
import { storyMessages } from '../support/messages'
import { OnDevice } from '../support/OnDevice'

/**
 * DAG_USER_CODE_REQUIRED: a device (a TV, say) asked the emulator for codes and shows one; the
 * person opened `verification_uri`, which lands on this page with a `flowId`.
 */
const meta = {
  title: 'Steps/DeviceCodeStep',
  component: PingOneSignOn,
  ...onEmulator(),
  render: (args, { loaded }) => <OnDevice loaded={loaded as EmulatorLoaded} {...args} />,
} satisfies Meta<typeof PingOneSignOn>

export default meta
type Story = StoryObj<typeof meta>

/** The code field, with the code the device shows above it. */
export const Default: Story = {
  play: async (context) => {
    const { canvas } = context
    const t = await storyMessages(context)
    await expect(await canvas.findByRole('heading', { name: t('deviceCode.title') })).toBeVisible()
    await expect(canvas.getByLabelText(t('deviceCode.code'))).toHaveAttribute('placeholder', t('deviceCode.placeholder'))
  },
}

/** A code that no device shows: the error lands on the field, which is cleared. */
export const WrongCode: Story = {
  play: async (context) => {
    const { canvas, userEvent } = context
    const t = await storyMessages(context)
    const code = await canvas.findByLabelText(t('deviceCode.code'))
    await userEvent.type(code, 'BBBB-BBBB')
    await userEvent.click(canvas.getByRole('button', { name: t('deviceCode.submit') }))
    await waitFor(() => expect(code).toHaveAccessibleDescription(expect.stringContaining(t('error.INVALID_VALUE.userCode'))))
    await expect(code).toHaveValue('')
  },
}
