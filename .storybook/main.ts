import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // Data files stories load with `src` (e.g. the FAQ's JSON example).
  staticDirs: [{ from: '../stories/static', to: '/static' }],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // The network here is closed, and Haven promises no tracking: no telemetry either.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  docs: { defaultName: 'Docs' },
  // The resource finder's stories read the demo's fictitious data and a few ZIP chunks.
  staticDirs: [
    { from: '../demo/data', to: '/data' },
    { from: '../test/resource-finder/fixtures/zips', to: '/zips' },
  ],
};

export default config;
