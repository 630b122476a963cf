/**
 * A reader's "increase contrast" (prefers-contrast: more), emulated by Chromium through Playwright: muted text takes
 * the text colour and borders are strong enough to see (3:1 or more), in the light and the dark palette; with no
 * preference the palette is unchanged.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useBundleSuite, widgetsSettled } from './helpers.mjs';

const suite = useBundleSuite();

/** WCAG contrast of two computed colours: rgb(0–255 …), or color(srgb 0–1 …) as a color-mix() computes. */
function contrast(a, b) {
  const lum = (c) => {
    const scale = c.startsWith('color(srgb') ? 1 : 255;
    const [r, g, b] = c.replace('color(srgb', '').match(/[\d.]+/g).slice(0, 3).map((v) => {
      const s = Number(v) / scale;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

for (const contrastPref of ['more', 'no-preference']) {
  test(`prefers-contrast: ${contrastPref}: muted text and borders, light and dark`, async () => {
    const context = await suite.browser.newContext({ contrast: contrastPref, colorScheme: 'dark', viewport: { width: 800, height: 1000 } });
    const page = await context.newPage();
    try {
      await page.goto(suite.server.url('/test/pages/plain.html'), { waitUntil: 'load' });
      await widgetsSettled(page);
      for (const theme of ['light', 'auto']) {
        const r = await page.evaluate((theme) => {
          const el = document.getElementById('china');
          el.setAttribute('theme', theme);
          const root = el.shadowRoot;
          const css = (sel, p) => getComputedStyle(root.querySelector(sel))[p];
          return { text: css('.title', 'color'), muted: css('.subtitle', 'color'), border: css('.frame', 'borderTopColor'), bg: css('.frame', 'backgroundColor') };
        }, theme);
        if (contrastPref === 'more') {
          assert.equal(r.muted, r.text, theme);
          assert.ok(contrast(r.border, r.bg) >= 3, `${theme}: border ${r.border} on ${r.bg}: ${contrast(r.border, r.bg).toFixed(2)}`);
        } else {
          assert.notEqual(r.muted, r.text, theme);
          assert.ok(contrast(r.border, r.bg) < 2, theme);
        }
      }
    } finally {
      await context.close();
    }
  });
}
