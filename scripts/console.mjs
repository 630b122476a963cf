// Dev helper: open a URL in headless Chromium and print console messages and page errors.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './check-chromium.mjs';
const url = process.argv[2];
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage();
page.on('console', (m) => console.log(`[${m.type()}] ${m.text()}`));
page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
await page.goto(url);
await page.waitForTimeout(Number(process.argv[3] ?? 2000));
await browser.close();
