import type { Decorator, Loader, Preview } from '@storybook/react-vite'
import { setupWorker } from 'msw/browser'
import { authBaseUrl, type EmulatorParameters } from '../stories/support/emulator'
import { mountEmulator } from './mountEmulator'
import { SignOnPage } from './SignOnPage'

// One worker for the whole preview; each story swaps in its own emulator (see mountEmulator).
const worker = setupWorker()
const started = worker.start({
  serviceWorker: { url: './mockServiceWorker.js' },
  quiet: true,
  // Storybook's own files pass through; anything for PingOne must be answered by a handler.
  onUnhandledRequest(request, print) {
    if (new URL(request.url).origin === new URL(authBaseUrl).origin) print.error()
  },
})

const emulatorLoader: Loader = async ({ parameters }) => {
  await started
  return mountEmulator(worker, parameters as EmulatorParameters)
}

const onSignOnPage: Decorator = (Story) => (
  <SignOnPage>
    <Story />
  </SignOnPage>
)

const preview = {
  loaders: [emulatorLoader],
  decorators: [onSignOnPage],
  parameters: {
    layout: 'fullscreen',
    controls: { exclude: ['children', 'components'] },
  },
} satisfies Preview

export default preview
