/**
 * Story tests: every Storybook story rendered in Debian Chromium through Playwright (nothing is
 * downloaded: the system browser is passed as executablePath), checked for errors, play-function
 * assertions and axe violations (a11y.test = 'error' in .storybook/preview.ts).
 */
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_ARGS, findChromium } from './scripts/check-chromium.mjs';

export default defineConfig({
  root: '.',
  publicDir: false,
  plugins: [storybookTest({ configDir: '.storybook' })],
  optimizeDeps: { exclude: ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'] },
  test: {
    name: 'storybook',
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({
        launchOptions: {
          executablePath: findChromium(),
          args: CHROMIUM_ARGS,
        },
      }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
