/**
 * <peakline-data>'s own events: each state announced once, after an update (as widgets fire theirs), on the
 * provider only. The widgets inside fire their own bubbling events, so a page listening on `document` hears one
 * per widget.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../define.js';
import china from '../../data/cn-industry-carbon-peaking-2022.json';
import type { PeaklineData } from './peakline-data.js';

const MISSING = '/test/fixtures/gauge-does-not-exist.json.txt';
const DOC_A = '/test/fixtures/gauge-doc-a.json.txt';

/** Every peakline-ready/peakline-error heard on `document` and on `el`, as `event:tag` (from the time of the call). */
function record(el: Element) {
  const page: string[] = [];
  const own: string[] = [];
  const on = (log: string[]) => (e: Event) => log.push(`${e.type}:${(e.target as Element).localName}`);
  const pageListener = on(page);
  for (const type of ['peakline-ready', 'peakline-error']) {
    document.addEventListener(type, pageListener);
    el.addEventListener(type, on(own));
  }
  const stop = () => ['peakline-ready', 'peakline-error'].forEach((t) => document.removeEventListener(t, pageListener));
  return { page, own, stop };
}

function provider(src: string | null, gauges: string[]): PeaklineData {
  const el = document.createElement('peakline-data');
  if (src) el.src = src;
  for (const target of gauges) el.append(Object.assign(document.createElement('peakline-gauge'), { target }));
  return el;
}

describe('<peakline-data> events', () => {
  it('a bad src with two gauges: the page hears one peakline-error per gauge; the provider hears its own once', async () => {
    const el = provider(MISSING, ['x', 'y']);
    const r = record(el);
    document.body.append(el);
    try {
      await waitUntil(() => r.page.length === 2 && r.own.length === 3, 'two gauges\' errors and the provider\'s own');
      await new Promise((res) => setTimeout(res, 100));
      expect(r.page).to.deep.equal(['peakline-error:peakline-gauge', 'peakline-error:peakline-gauge']);
      // Its own, once, plus the two gauges' as they bubble through it.
      expect(r.own.filter((e) => e.endsWith(':peakline-data'))).to.deep.equal(['peakline-error:peakline-data']);
    } finally {
      r.stop();
      el.remove();
    }
  });

  it("a widget's error box names the provider's file its data came from: on a page of several providers, the broken one", async () => {
    const el = provider(MISSING, ['x']);
    document.body.append(el);
    const gauge = el.querySelector('peakline-gauge')!;
    try {
      await waitUntil(() => gauge.shadowRoot?.querySelector('[role="alert"]'), 'the gauge shows its error');
      // (Only the provider has a src: the gauge's own tag named no file.)
      expect(gauge.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain(`<peakline-gauge target="x"> in <peakline-data src="${MISSING}">`);
    } finally {
      el.remove();
    }
  });

  it('a listener added right after the provider is inserted still hears its error (fired after the update, not during append)', async () => {
    const el = provider(null, []);
    document.body.append(el);
    const heard: string[] = [];
    el.addEventListener('peakline-error', (e) => heard.push(e.detail.problems[0]!.message));
    try {
      await el.updateComplete;
      expect(heard).to.have.length(1);
      expect(heard[0]).to.match(/^No data/);
    } finally {
      el.remove();
    }
  });

  it('peakline-ready once the document is loaded, and again for new data', async () => {
    const el = provider(DOC_A, ['t']);
    const r = record(el);
    let detail: unknown = 'none heard';
    el.addEventListener('peakline-ready', (e) => (detail = (e as CustomEvent).detail), { once: true });
    document.body.append(el);
    try {
      await waitUntil(() => r.own.includes('peakline-ready:peakline-data'), 'provider ready');
      // No detail, as a widget's peakline-ready has none.
      expect(detail).to.equal(null);
      el.data = china;
      await waitUntil(() => r.own.filter((e) => e === 'peakline-ready:peakline-data').length === 2, 'ready again for new data');
      // A re-render with the same state announces nothing more.
      el.requestUpdate();
      await el.updateComplete;
      expect(r.own.filter((e) => e.endsWith(':peakline-data'))).to.deep.equal(['peakline-ready:peakline-data', 'peakline-ready:peakline-data']);
      expect(r.page.every((e) => e.endsWith(':peakline-gauge')), `${r.page}`).to.equal(true);
    } finally {
      r.stop();
      el.remove();
    }
  });

  it('a new src that fails keeps the document for its widgets, each saying "Not updated", and the provider says so with its own peakline-error', async () => {
    const el = provider(DOC_A, ['energy-intensity-2025']);
    const r = record(el);
    document.body.append(el);
    try {
      await waitUntil(() => r.own.includes('peakline-ready:peakline-data'), 'provider ready');
      const gauge = el.querySelector('peakline-gauge')!;
      await gauge.updateComplete;
      el.src = MISSING;
      await waitUntil(() => r.own.includes('peakline-error:peakline-data'), 'provider error');
      await gauge.updateComplete;
      expect(el.dataState.status, 'its document kept').to.equal('ready');
      expect(gauge.shadowRoot!.querySelector('[part~="headline"]'), "the gauge's chart kept").to.exist;
      // Each widget says why under its chart, as one with its own src does (the page hears its error, as for a first
      // load that fails); it had no line, and the page no word from it.
      const note = () => gauge.shadowRoot!.querySelector('[part~="stale"]');
      expect(note()?.textContent).to.match(/^Not updated: .*gauge-does-not-exist/);
      expect(r.page.filter((e) => e.startsWith('peakline-error')), 'the widget error').to.deep.equal(['peakline-error:peakline-gauge']);
      // The next src that loads clears it, for the provider's widgets too.
      el.src = DOC_A;
      await waitUntil(() => !note(), 'the note gone');
      expect(gauge.shadowRoot!.querySelector('[part~="headline"]')).to.exist;
    } finally {
      r.stop();
      el.remove();
    }
  });

  it('a widget moved inside its provider, or with it, keeps what it showed: no second peakline-ready', async () => {
    // On reconnecting, the widget set "loading" and then the provider's state again, so it announced that state anew.
    const el = provider(DOC_A, ['energy-intensity-2025']);
    const gauge = el.firstElementChild as HTMLElement;
    const heard: string[] = [];
    gauge.addEventListener('peakline-ready', () => heard.push('ready'));
    document.body.append(el);
    try {
      await waitUntil(() => heard.length === 1, 'ready once');
      const inner = el.appendChild(document.createElement('div'));
      inner.append(gauge);
      const elsewhere = document.body.appendChild(document.createElement('div'));
      elsewhere.append(el);
      await new Promise((res) => setTimeout(res, 200));
      expect(heard).to.deep.equal(['ready']);
      expect(gauge.shadowRoot!.querySelector('.frame')!.getAttribute('role'), 'the widget, not a loading box').to.equal('figure');
      elsewhere.remove();
    } finally {
      el.remove();
    }
  });
});
