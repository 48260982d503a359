import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // The network here is closed, and Haven promises no tracking: no telemetry either.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  docs: { defaultName: 'Docs' },
  // Data files stories load with `src`: the FAQ's JSON example, the demo's fictitious
  // finder data and a few ZIP chunks.
  staticDirs: [
    { from: '../stories/static', to: '/static' },
    { from: '../demo/data', to: '/data' },
    { from: '../test/resource-finder/fixtures/zips', to: '/zips' },
  ],
};

export default config;
