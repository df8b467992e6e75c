import type { StorybookConfig } from '@storybook/react-vite'

const config: StorybookConfig = {
  framework: {
    name: '@storybook/react-vite',
    // The root vite.config.ts is the library build (dts, stylesheet asset) and vitest: not for stories.
    options: { builder: { viteConfigPath: '.storybook/vite.config.ts' } },
  },
  // The MDX pages first, so the sidebar opens on the docs; then every story.
  stories: ['../stories/docs/*.mdx', '../stories/**/*.stories.tsx'],
  // Serves MSW's mockServiceWorker.js next to iframe.html.
  staticDirs: ['./public'],
  addons: [
    {
      name: '@storybook/addon-docs',
      // Its CSF plugin writes a meta's JSDoc into a literal `parameters: { docs }` after the meta's
      // spread, which drops the `parameters` of `...onEmulator(config)` (every story's PingOne).
      // The docs here are MDX pages, which do not need it.
      options: { csfPluginOptions: null },
    },
  ],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
}

export default config
