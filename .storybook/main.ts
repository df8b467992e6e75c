import type { StorybookConfig } from '@storybook/react-vite'

const config: StorybookConfig = {
  framework: {
    name: '@storybook/react-vite',
    // The root vite.config.ts is the library build (dts, stylesheet asset) and vitest: not for stories.
    options: { builder: { viteConfigPath: '.storybook/vite.config.ts' } },
  },
  stories: ['../stories/**/*.stories.tsx'],
  // Serves MSW's mockServiceWorker.js next to iframe.html.
  staticDirs: ['./public'],
  addons: [],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
}

export default config
