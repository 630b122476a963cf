// Regenerates the reference screenshots in test/screenshots/{gauge,trajectory,sectors}/ from the
// one-widget pages in site/ (run `npm start` or `npx vite --config vite.config.ts` first).
// The element itself is captured, at the given width. Chinese needs a CJK font (Debian: fonts-noto-cjk).
// Look at every PNG before committing: they are the visual reference, not a pixel test.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './check-chromium.mjs';

const base = process.env.SITE_URL ?? 'http://127.0.0.1:5173';
const variants = [];
for (const theme of ['light', 'dark']) for (const lang of ['en', 'zh']) if (!(theme === 'dark' && lang === 'zh')) variants.push({ theme, lang });

const jobs = [];
for (const variant of ['arc', 'bar'])
  for (const width of [320, 800])
    for (const { theme, lang } of variants)
      jobs.push({ out: `gauge/${variant}-${width}-${theme}-${lang}.png`, url: `/gauge.html?target=industrial-energy-intensity-2025&variant=${variant}&width=${width}&theme=${theme}&lang=${lang}`, selector: 'peakline-gauge', width: width + 40 });
for (const target of ['industrial-co2-peak-2030', 'industrial-energy-intensity-2025'])
  for (const width of [320, 900])
    for (const theme of ['light', 'dark'])
      for (const lang of ['en', 'zh'])
        jobs.push({ out: `trajectory/${target}-${width}-${theme}-${lang}.png`, url: `/trajectory.html?dataset=china&target=${target}&width=${width}&theme=${theme}&lang=${lang}`, selector: 'peakline-trajectory', width: width + 40 });
for (const dataset of ['china', 'illustrative'])
  for (const width of [320, 900])
    for (const { theme, lang } of variants)
      jobs.push({ out: `sectors/${dataset}-${width}-${theme}-${lang}.png`, url: `/sectors.html?dataset=${dataset === 'illustrative' ? 'demo' : dataset}&theme=${theme}&lang=${lang}&shot=1`, selector: 'peakline-sectors', width });

const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  for (const job of jobs) {
    const page = await browser.newPage({ viewport: { width: job.width, height: 900 } });
    await page.goto(base + job.url, { waitUntil: 'load' });
    const el = page.locator(job.selector).first();
    await el.waitFor();
    await page.waitForTimeout(400);
    mkdirSync(`test/screenshots/${job.out.split('/')[0]}`, { recursive: true });
    await el.screenshot({ path: `test/screenshots/${job.out}` });
    await page.close();
    console.log(job.out);
  }
} finally {
  await browser.close();
}
