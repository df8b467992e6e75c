import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, waitFor } from 'storybook/test'
import { PingOneSignOn } from '../../src'
import { onEmulator } from '../support/emulator'
import { storyMessages } from '../support/messages'
import { submitPassword } from '../support/play'

/** COMPLETED: PingOne is done and the code goes to `onComplete`. */
const meta = {
  title: 'Steps/CompletedStep',
  component: PingOneSignOn,
  ...onEmulator(),
} satisfies Meta<typeof PingOneSignOn>

export default meta
type Story = StoryObj<typeof meta>

/** Signs on as `demo`; the emulator resumes the flow and the code goes to `onComplete` (Actions panel). Plays in any locale. */
export const Default: Story = {
  play: async (context) => {
    const t = await storyMessages(context)
    await submitPassword(context, 'demo', 'Demo-Passw0rd!')
    await expect(await context.canvas.findByRole('heading', { name: t('completed.title') })).toBeVisible()
    await waitFor(() =>
      expect(context.args.onComplete).toHaveBeenCalledWith(
        expect.objectContaining({ code: expect.any(String), codeVerifier: expect.any(String) }),
      ),
    )
  },
}
