/**
 * Shared by the host-page tests (test/e2e/*.e2e.test.mjs, run with `node --test test/e2e/`):
 * Debian Chromium through playwright-core, the static server in test/pages/serve.mjs, and
 * helpers that wait for widgets and read what test/pages/record.js recorded.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/check-chromium.mjs';
import { REPO_ROOT, startServer } from '../pages/serve.mjs';


/** Fails with the fix in the message when the bundle has not been built. */
export function requireBundle() {
  if (!existsSync(join(REPO_ROOT, 'dist/peakline.js'))) {
    throw new Error('dist/peakline.js is missing: run npm run build:bundle first (npm run test:e2e does it).');
  }
}

/**
 * The lifecycle every bundle suite shares: before its tests, check the bundle is built, start the
 * static server (with `serverOptions`) and Chromium; after them, close both. The returned
 * handle's `server` and `browser` are set by the time a test runs.
 */
export function useBundleSuite(serverOptions) {
  const suite = { server: undefined, browser: undefined };
  before(async () => {
    requireBundle();
    suite.server = await startServer(serverOptions);
    suite.browser = await launch();
  });
  after(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  return suite;
}

export async function launch() {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: set CHROME_PATH or apt-get install -y chromium.');
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

/**
 * Opens `url` in a fresh context and collects console messages and uncaught page errors.
 * @param {import('playwright-core').Browser} browser
 */
export async function open(browser, url, { width = 800, height = 1000 } = {}) {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  const log = { console: [], pageErrors: [] };
  page.on('console', (m) => log.console.push({ type: m.type(), text: m.text() }));
  page.on('pageerror', (e) => log.pageErrors.push(e.message));
  await page.goto(url, { waitUntil: 'load' });
  return { page, context, log };
}

/**
 * Waits until every Peakline widget on the page (every defined peakline-* element except
 * <peakline-data>) has fired peakline-ready or peakline-error. Widgets need an id.
 * @param {import('playwright-core').Page} page
 */
export async function widgetsSettled(page, timeout = 10_000) {
  await page.waitForFunction(
    () => {
      const rec = window.__peaklineTest;
      if (!rec) return false;
      const widgets = [...document.querySelectorAll('*')].filter(
        (el) => el.localName.startsWith('peakline-') && el.localName !== 'peakline-data' && customElements.get(el.localName),
      );
      const done = (el) => {
        const name = `${el.localName}#${el.id}`;
        return rec.ready.includes(name) || rec.failed.some((f) => f.startsWith(name + ':'));
      };
      return widgets.length > 0 && widgets.every(done);
    },
    undefined,
    { timeout, polling: 50 },
  );
  return page.evaluate(() => {
    const rec = window.__peaklineTest;
    return { ready: [...rec.ready], failed: [...rec.failed] };
  });
}

/** What test/pages/record.js recorded. */
export function recorded(page) {
  return page.evaluate(() => JSON.parse(JSON.stringify(window.__peaklineTest)));
}

/** Tags of the Peakline elements the bundle defined on this page. */
export function definedTags(page) {
  return page.evaluate(() =>
    ['peakline-data', 'peakline-gauge', 'peakline-trajectory', 'peakline-sectors'].filter((t) => customElements.get(t)),
  );
}
