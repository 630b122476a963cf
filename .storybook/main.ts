import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts', '../src/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  core: { disableTelemetry: true },
  // The JSON Schema, linked from the data-format docs page.
  staticDirs: [{ from: '../data/schema', to: '/schema' }],
  async viteFinal(config) {
    // One copy of Lit: without this Storybook pre-bundles a second and warns "Multiple versions of Lit loaded".
    config.optimizeDeps = config.optimizeDeps ?? {};
    config.optimizeDeps.exclude = [
      ...(config.optimizeDeps.exclude ?? []),
      'lit', 'lit-html', 'lit-element', '@lit/reactive-element', 'lit/decorators.js', 'lit/directive-helpers.js',
    ];
    // The dev config's root is site/; Storybook must resolve from the project root.
    config.root = undefined;
    return config;
  },
};
export default config;
