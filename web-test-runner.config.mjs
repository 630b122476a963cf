import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { CHROMIUM_ARGS, findChromium } from './scripts/check-chromium.mjs';

const executablePath = findChromium();
if (!executablePath) {
  throw new Error('No Chromium found: set CHROME_PATH or run `apt-get install -y chromium` (see README.md).');
}

export default {
  files: ['src/**/*.browser.test.ts', 'site/**/*.browser.test.ts', 'test/browser/**/*.test.ts'],
  nodeResolve: true,
  // One file at a time: a background tab gets no animation frames or ResizeObserver callbacks.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  // A failed assertion on a DOM node is reported with a short description of it (test/helpers/chai-nodes.ts), not
  // after a 120 s stall with no message.
  testRunnerHtml: (testFramework) =>
    // (After the framework: @open-wc/testing registers its fixture clean-up with mocha's afterEach when first imported.)
    `<!DOCTYPE html><html><head></head><body><script type="module" src="${testFramework}"></script><script type="module" src="/test/helpers/chai-nodes.ts"></script></body></html>`,
  // a11ySnapshot: the accessibility tree as Chromium computes it (names and descriptions), for tests that check them.
  plugins: [esbuildPlugin({ ts: true, json: true, tsconfig: './tsconfig.json', target: 'es2022' }), a11ySnapshotPlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: CHROMIUM_ARGS,
      },
    }),
  ],
};
