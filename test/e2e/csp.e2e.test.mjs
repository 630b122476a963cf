/**
 * The kit under a strict CSP with Trusted Types, sent as a real response header
 * (test/pages/serve.mjs adds it to csp*.html):
 *   script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'
 * Every widget must render with zero violations. The second test proves the policy is
 * really enforced on that page (so the first cannot pass by accident).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { REPO_ROOT, STRICT_CSP } from '../pages/serve.mjs';
import { open, recorded, useBundleSuite, widgetsSettled } from './helpers.mjs';

const suite = useBundleSuite();

/** Every non-test .ts file under src/. */
function sources(dir = join(REPO_ROOT, 'src')) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sources(join(dir, d.name)) : d.name.endsWith('.ts') && !d.name.endsWith('.test.ts') ? [join(dir, d.name)] : [],
  );
}

test("no template uses Lit's styleMap (its first render is a style attribute, which CSP blocks)", () => {
  const offenders = sources()
    .filter((f) => /from ['"]lit\/directives\/style-map\.js['"]/.test(readFileSync(f, 'utf8')))
    .map((f) => relative(REPO_ROOT, f));
  assert.deepEqual(offenders, [], `Import styleMap from src/base/style-map.js instead of 'lit/directives/style-map.js' in: ${offenders.join(', ')}`);
});

test('the CSP header is sent on csp.html', async () => {
  const res = await fetch(suite.server.url('/test/pages/csp.html'));
  assert.equal(res.headers.get('content-security-policy'), STRICT_CSP);
});

test('every widget renders under the strict CSP with zero violations', async () => {
  const { page, context, log } = await open(suite.browser, suite.server.url('/test/pages/csp.html'));
  try {
    const settled = await widgetsSettled(page);
    const rec = await recorded(page);
    const refused = log.console.filter((m) => /Content Security Policy|Trusted Type|TrustedHTML|TrustedScript/i.test(m.text));
    const summary = [...new Set(rec.violations.map((v) => `${v.directive} on <${v.target}> from ${v.source}`))];
    assert.deepEqual(summary, [], `${rec.violations.length} CSP violations:\n  ${summary.join('\n  ')}`);
    assert.deepEqual(refused, [], `console: ${JSON.stringify(refused, null, 2)}`);
    assert.deepEqual(log.pageErrors, []);
    assert.deepEqual(rec.errors, []);

    // Rendered, not just announced: the headline, the chart and the status are in the shadow roots.
    const shadow = await page.evaluate(() => {
      const q = (id, sel) => document.getElementById(id)?.shadowRoot?.querySelector(sel) ?? null;
      const box = (el) => (el ? el.getBoundingClientRect().toJSON() : null);
      return {
        arcHeadline: q('arc', '[part~="headline"]')?.textContent?.trim() ?? null,
        arcChart: box(q('arc', 'svg.chart')),
        inlineHeadline: q('inline', '[part~="headline"]')?.textContent?.trim() ?? null,
        barHeadline: q('bar', '[part~="headline"]')?.textContent?.trim() ?? null,
        peakStatus: q('peak', '[part~="status"]')?.textContent?.trim() ?? null,
        noData: q('no-data', '.no-data')?.textContent?.replace(/\s+/g, ' ').trim() ?? null,
        unknownTarget: q('unknown-target', '[role="alert"]')?.textContent?.includes('no-such-target') ?? false,
        // styleMap sets inline styles through the CSSOM (allowed); they must have applied.
        statusVar: q('arc', 'svg.chart')?.style.getPropertyValue('--_pl-status') ?? '',
      };
    });
    assert.ok(shadow.arcHeadline, 'the China gauge shows its headline');
    assert.ok(shadow.arcChart && shadow.arcChart.width > 100 && shadow.arcChart.height > 50, `chart box ${JSON.stringify(shadow.arcChart)}`);
    assert.ok(shadow.inlineHeadline, 'the gauge fed by inline JSON shows its headline');
    assert.ok(shadow.barHeadline, 'the gauge inside <peakline-data> shows its headline');
    assert.ok(shadow.peakStatus, 'the peak gauge shows its status');
    assert.ok(shadow.noData, 'the target without observations says so');
    assert.ok(shadow.unknownTarget, 'the unknown target is reported in the widget');
    assert.match(shadow.statusVar, /var\(--_pl-status-/);
    // Exactly one peakline-error: the unknown target. (Inline JSON arrives after a <head> script
    // upgrades its element; that must not fire a spurious "no data" error first.)
    assert.deepEqual(
      settled.failed.map((f) => f.split(':')[0]),
      ['peakline-gauge#unknown-target'],
      `peakline-error events: ${JSON.stringify(settled.failed)}`,
    );
    assert.ok(settled.ready.includes('peakline-gauge#arc'));
  } finally {
    await context.close();
  }
});

test('the same page blocks what the kit avoids (inline style attributes, string HTML sinks)', async () => {
  const { page, context } = await open(suite.browser, suite.server.url('/test/pages/csp.html'));
  try {
    await widgetsSettled(page);
    const outcome = await page.evaluate(async () => {
      const result = {};
      // 1. A static style attribute, as an `html` template with style="…" would create.
      const div = document.createElement('div');
      div.setAttribute('style', 'color: rgb(255, 0, 0)');
      document.body.append(div);
      result.styleApplied = getComputedStyle(div).color === 'rgb(255, 0, 0)';
      // 2. innerHTML with a plain string: a Trusted Types sink.
      try {
        document.body.insertAdjacentHTML('beforeend', '<b>x</b>');
        result.htmlSink = 'allowed';
      } catch (e) {
        result.htmlSink = e.name;
      }
      await new Promise((r) => setTimeout(r, 50)); // violation events are queued as tasks
      return result;
    });
    const rec = await recorded(page);
    const directives = rec.violations.map((v) => v.directive);
    assert.equal(outcome.styleApplied, false, 'the inline style attribute must not apply');
    assert.equal(outcome.htmlSink, 'TypeError', 'a string passed to an HTML sink must throw');
    assert.ok(directives.includes('style-src-attr'), `violations: ${JSON.stringify(rec.violations)}`);
    assert.ok(directives.includes('require-trusted-types-for'), `violations: ${JSON.stringify(rec.violations)}`);
  } finally {
    await context.close();
  }
});
