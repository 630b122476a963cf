/**
 * What the base class guarantees every widget, in real Chromium: whatever goes wrong ends in a
 * visible error box and exactly one `peakline-error` per new data state; options outside their
 * allowed values (theme, method, as-of) are errors like the widgets' own; echoed values are short.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../define.js';
import china from '../../data/cn-industry-carbon-peaking-2022.json';
import { PLACEHOLDER_DELAY_MS, type PeaklineErrorDetail, type PeaklineElement } from './peakline-element.js';
import { useHarness } from '../../test/helpers/harness.js';
import { holdFetch } from '../../test/helpers/hold-fetch.js';
import { placeholders } from '../../test/helpers/placeholders.js';

const ENERGY = 'industrial-energy-intensity-2025';
const harness = useHarness({ settleMs: 20 });

interface Mounted {
  el: PeaklineElement & Record<string, unknown>;
  wrapper: HTMLElement;
  errors: CustomEvent<PeaklineErrorDetail>[];
  ready: Event[];
}

/** Creates `tag` with `props` set before it connects, and records its events. */
function create(tag: string, props: Record<string, unknown> = {}, attrs: Record<string, string> = {}): Mounted {
  const wrapper = document.createElement('div');
  wrapper.style.width = '480px';
  document.body.append(wrapper);
  harness.wrappers.push(wrapper);
  const el = document.createElement(tag) as Mounted['el'];
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  Object.assign(el, props);
  const m: Mounted = { el, wrapper, errors: [], ready: [] };
  wrapper.addEventListener('peakline-error', (e) => m.errors.push(e as CustomEvent<PeaklineErrorDetail>));
  wrapper.addEventListener('peakline-ready', (e) => m.ready.push(e));
  wrapper.append(el);
  return m;
}

const box = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[role="alert"]');
const errorText = (el: Element) => (box(el)?.textContent ?? '').replace(/\s+/g, ' ');
const loading = (el: Element) => !!el.shadowRoot!.querySelector('[aria-busy="true"]');
const pause = (ms = 50) => new Promise((r) => setTimeout(r, ms));

/** Settles every pending update (a crash takes a second one to show). */
async function settled(el: PeaklineElement): Promise<void> {
  for (let i = 0; i < 5 && !(await el.updateComplete); i++);
  await pause();
}

const WIDGETS: [tag: string, props: Record<string, unknown>][] = [
  ['peakline-gauge', { target: ENERGY }],
  ['peakline-trajectory', { target: ENERGY }],
  ['peakline-sectors', {}],
];

describe('an exception while computing the view ends in the error box, once', () => {
  let logged: unknown[][] = [];
  const realError = console.error;
  beforeEach(() => {
    logged = [];
    console.error = (...args: unknown[]) => logged.push(args);
  });
  afterEach(() => {
    console.error = realError;
  });

  for (const [tag, props] of WIDGETS) {
    it(`${tag}: a document broken after it was validated`, async () => {
      // Validated (and cached) while whole, then a hole is punched in it: the view reads undefined.
      const doc = structuredClone(china) as { targets: ({ id: string; goal: unknown } | undefined)[] };
      const first = create(tag, { ...props, data: doc });
      await settled(first.el);
      expect(first.ready).to.have.length(1);
      // A hole before the first target (target lookups read `undefined.id`), and a target without a
      // goal (the sector panel skips holes, but assesses every target).
      doc.targets.find((t) => t!.id === ENERGY)!.goal = null;
      doc.targets.unshift(undefined);
      delete doc.targets[0];

      // (The sector panel caches views per document and filter: a filter it has not drawn yet.)
      const m = create(tag, { ...props, ...(tag === 'peakline-sectors' && { targets: ENERGY }), data: doc });
      await waitUntil(() => box(m.el), 'error box shown', { timeout: 2000 });
      await settled(m.el);
      expect(loading(m.el), 'not stuck loading').to.equal(false);
      expect(box(m.el)!.checkVisibility()).to.equal(true);
      // Checked again when it crashed: the data's own problems, with their paths, not "a bug in Peakline".
      expect(m.errors, 'one peakline-error').to.have.length(1);
      const paths = m.errors[0]!.detail.problems.map((p) => p.path);
      expect(paths).to.include('targets[0]');
      expect(paths.some((p) => /^targets\[\d+\]\.goal$/.test(p)), paths.join()).to.equal(true);
      expect(errorText(m.el)).not.to.contain('bug in Peakline');
      expect(m.ready).to.have.length(0);
      expect(logged.length, 'the exception is logged for developers').to.be.at.least(1);

      // A language change re-renders but keeps the error without announcing it again…
      m.el.lang = 'zh';
      await settled(m.el);
      expect(errorText(m.el)).to.contain('targets[0]');
      // The data's problems, in English in a Chinese widget: marked so, as when the data failed its first check.
      expect(m.el.shadowRoot!.querySelector('[part~="problems"]')!.getAttribute('lang')).to.equal('en');
      expect(m.errors).to.have.length(1);
      // …and whole data brings the widget back.
      m.el.data = structuredClone(china);
      await settled(m.el);
      expect(box(m.el)).to.equal(null);
      expect(m.ready).to.have.length(1);
    });

    it(`${tag}: a view that throws on valid data says it is a bug in Peakline, in the widget's language`, async () => {
      const m = create(tag, { ...props, data: china });
      await settled(m.el);
      // A bug stood in for: this widget's next render throws (once: the error box is a render too).
      const el = m.el as unknown as { render(): unknown; lang: string };
      const render = el.render.bind(el);
      let thrown = false;
      el.render = () => {
        if (thrown) return render();
        thrown = true;
        throw new TypeError('a stand-in bug');
      };
      el.lang = 'zh';
      await waitUntil(() => box(m.el), 'error box shown', { timeout: 2000 });
      await settled(m.el);
      expect(errorText(m.el)).to.contain('绘制此数据时出错（TypeError: a stand-in bug）。这是 Peakline 的缺陷，请连同数据一起报告。');
      expect(m.errors).to.have.length(1);
      expect(logged.length, 'the exception is logged for developers').to.be.at.least(1);
    });
  }
});

describe('peakline-error fires once per new data state', () => {
  for (const value of [42, Symbol('not data'), true]) {
    it(`data = ${String(value)}: once, and not again when the element moves or src changes`, async () => {
      const m = create('peakline-gauge', { target: ENERGY, data: value });
      await settled(m.el);
      expect(m.errors).to.have.length(1);
      expect(errorText(m.el)).to.contain('The document must be a JSON object');
      // Moved within the page: disconnected and connected again with the same data.
      m.wrapper.append(document.createElement('p'), m.el);
      await settled(m.el);
      expect(m.errors, 'after a reconnect').to.have.length(1);
      // The data property outranks src, so a new src changes nothing.
      m.el.src = '/test/fixtures/gauge-doc-a.json.txt';
      await settled(m.el);
      expect(m.errors, 'after src changed under data').to.have.length(1);
      m.el.data = structuredClone(china);
      await settled(m.el);
      expect(m.ready).to.have.length(1);
      m.el.data = value;
      await settled(m.el);
      expect(m.errors, 'a new state again').to.have.length(2);
    });
  }
});

describe('peakline-ready fires again once what is shown changes', () => {
  it('another target, method or year: once each after it is drawn; not for a theme, nor the same target set again', async () => {
    const m = create('peakline-gauge', { target: ENERGY, data: structuredClone(china) });
    await settled(m.el);
    expect(m.ready).to.have.length(1);
    const title = () => m.el.shadowRoot!.querySelector('#title')?.textContent;
    const before = title();
    m.el.target = 'clinker-capacity-2025';
    await settled(m.el);
    // Fired after the new chart is in the DOM: a page waiting for it to measure or screenshot reads the new one.
    expect(m.ready, 'another target').to.have.length(2);
    expect(title()).not.to.equal(before);
    m.el.target = 'clinker-capacity-2025';
    m.el.theme = 'dark';
    await settled(m.el);
    expect(m.ready, 'the same target, and a theme').to.have.length(2);
    // '' is the default, as null is: nothing drawn changes.
    (m.el as { method: unknown }).method = '';
    await settled(m.el);
    expect(m.ready, 'method "" for null').to.have.length(2);
    m.el.method = 'rate';
    await settled(m.el);
    m.el.asOf = 2022;
    await settled(m.el);
    expect(m.ready, 'a method and a year').to.have.length(4);
    m.el.target = 'nope';
    await settled(m.el);
    expect([m.ready.length, m.errors.length]).to.deep.equal([4, 1]);
  });

  it('a sector panel: a new filter, not a reader\'s selection nor a sort', async () => {
    const m = create('peakline-sectors', { data: structuredClone(china) });
    await settled(m.el);
    expect(m.ready).to.have.length(1);
    m.el.selected = ENERGY;
    m.el.sort = 'name';
    await settled(m.el);
    expect(m.ready).to.have.length(1);
    m.el.sectors = 'steel';
    await settled(m.el);
    expect(m.ready).to.have.length(2);
    // The other two filters each draw other rows: 3, then 4.
    m.el.indicator = 'clinker-energy-intensity-index';
    await settled(m.el);
    expect(m.ready, 'an indicator filter').to.have.length(3);
    m.el.targets = 'clinker-capacity-2025';
    await settled(m.el);
    expect(m.ready, 'a targets filter').to.have.length(4);
  });
});

/**
 * An option that is an error: its message in English, then (lang="zh") in Chinese, one peakline-error for both, and
 * the error box gone once `fix` sets the attribute to a good value.
 */
async function optionError(m: Mounted, en: string, zh: string, fix: [attr: string, value: string]): Promise<Mounted> {
  // Each problem is an item of its own, the widget's message alone: no "(document)" before it, which the data's
  // whole-document problems get (`theme="sepia" is not one of…` was labelled so).
  const items = () => [...m.el.shadowRoot!.querySelectorAll('[part~="problems"] li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
  await settled(m.el);
  expect(errorText(m.el)).to.contain(en);
  expect(items()).to.include(en);
  expect(m.errors).to.have.length(1);
  m.el.lang = 'zh';
  await settled(m.el);
  expect(errorText(m.el)).to.contain(zh);
  expect(items()).to.include(zh);
  m.el.setAttribute(...fix);
  await settled(m.el);
  expect(box(m.el), `${fix[0]}="${fix[1]}"`).to.equal(null);
  return m;
}

describe('a target whose only observations are from its target year on (no baseline value): no starting point', () => {
  const doc = {
    formatVersion: 1,
    policy: { id: 'p', title: 'P', jurisdiction: 'X' },
    sources: [{ id: 's', title: 'S', url: 'https://example.org' }],
    indicators: [{ id: 'i', label: 'Electrolysers', unit: 'GW', better: 'higher' }],
    targets: [{ id: 't', indicator: 'i', label: 'At least 2 GW by 2025', baseline: { year: 2020 }, goal: { kind: 'absolute', value: 2, comparison: 'at-least', year: 2025 }, source: 's' }],
    observations: [2025, 2026].map((year, i) => ({ indicator: 'i', year, value: [0.9, 1.1][i], provenance: { status: 'official', source: 's' } })),
  };
  for (const [tag] of WIDGETS)
    it(`${tag}: shows the latest value and says why there is no verdict, with no error box`, async () => {
      const m = create(tag, { data: doc, ...(tag === 'peakline-sectors' ? {} : { target: 't' }) });
      await settled(m.el);
      // (The error box's text is the message if it shows.)
      expect(box(m.el) === null, errorText(m.el)).to.equal(true);
      const text = m.el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
      expect(text).to.contain('Insufficient data');
      expect(text).to.contain('1.1 GW');
      expect(text).not.to.contain('No data yet');
      // The reason, where the widget gives one beside the status (a sector row gives its status and value only).
      if (tag !== 'peakline-sectors') expect(text).to.contain('progress has no starting point');
    });
});

describe('an empty option is unset, as a CMS template writes it for an optional field (as-of="{{asOf}}")', () => {
  const EMPTY: Record<string, Record<string, string>> = {
    'peakline-gauge': { variant: '' },
    'peakline-trajectory': {},
    'peakline-sectors': { layout: ' ', sort: '', rows: '' },
  };
  for (const [tag, props] of WIDGETS)
    it(`${tag}: as-of, theme, method, heading-level${Object.keys(EMPTY[tag]!).map((a) => `, ${a}`).join('')} empty`, async () => {
      const plain = create(tag, { ...props, data: china });
      const m = create(tag, { ...props, data: china }, { 'as-of': '', theme: '', method: ' ', 'heading-level': '', ...EMPTY[tag] });
      await settled(plain.el);
      await settled(m.el);
      expect(errorText(m.el)).to.equal('');
      expect(m.ready).to.have.length(1);
      // The same widget as with none of them: defaults throughout.
      const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
      expect(text(m.el)).to.equal(text(plain.el));
    });

  it('src of spaces alone is no address, as src="" is: "No data", and the page itself is not requested', async () => {
    const asked: string[] = [];
    const real = window.fetch;
    window.fetch = (input, init) => (asked.push(String(input instanceof Request ? input.url : input)), real(input, init));
    try {
      for (const src of ['', '  ']) {
        const m = create('peakline-gauge', { target: 'x' }, { src });
        await settled(m.el);
        // (It loaded the page itself: "(document): is HTML, not JSON".)
        expect(errorText(m.el), JSON.stringify(src)).to.contain('No data: set the data property');
      }
      expect(asked).to.deep.equal([]);
    } finally {
      window.fetch = real;
    }
  });

  // React, Vue and Svelte set `data` as a property only if the element has one: rendered before peakline/define.js
  // ran, it gets `data="[object Object]"`, an attribute no widget reads. "Set the data property" beside code that
  // plainly sets it said nothing of why.
  it('a data attribute, as a framework writes before the element is defined, is named in the "No data" message', async () => {
    const tag = `late-gauge-${Math.random().toString(36).slice(2)}`;
    const en = create(tag, { target: ENERGY }, { data: String({}) });
    const zh = create(tag, { target: ENERGY }, { data: String({}), lang: 'zh' });
    const Gauge = customElements.get('peakline-gauge')!;
    customElements.define(tag, class extends Gauge {});
    await settled(en.el);
    await settled(zh.el);
    const said = 'No data (data="[object Object]" is an attribute, never read): set the data property';
    expect(errorText(en.el)).to.contain(said);
    expect(en.errors.map((e) => e.detail.problems.map((p) => p.message.slice(0, said.length)))).to.deep.equal([[said]]);
    expect(errorText(zh.el)).to.contain('没有数据（data="[object Object]" 是特性，不会被读取）：请设置 data 属性');
    // A long one (JSON written in the attribute by hand) is echoed short; without one, the message is as it was.
    const long = create('peakline-gauge', { target: ENERGY }, { data: JSON.stringify(china) });
    const none = create('peakline-gauge', { target: ENERGY });
    await settled(long.el);
    await settled(none.el);
    expect(errorText(long.el)).to.contain('No data (data="{\\"$schema\\":\\"./schema/peakline-policy.…" is an attribute, never read');
    expect(errorText(none.el)).to.contain('No data: set the data property');
  });

  it('a <peakline-data> with a data attribute says so in the widgets inside it', async () => {
    const wrapper = document.createElement('div');
    document.body.append(wrapper);
    harness.wrappers.push(wrapper);
    const provider = document.createElement('peakline-data');
    provider.setAttribute('data', String({}));
    const gauge = document.createElement('peakline-gauge');
    gauge.target = ENERGY;
    provider.append(gauge);
    wrapper.append(provider);
    await settled(gauge);
    expect(errorText(gauge)).to.contain('No data (data="[object Object]" is an attribute');
  });

  for (const [tag, props] of WIDGETS)
    it(`${tag}: the same set as properties (React and Vue pass an empty field so)`, async () => {
      const plain = create(tag, { ...props, data: china });
      const blank = { theme: '', method: ' ', asOf: '', headingLevel: '', ...(tag === 'peakline-gauge' ? { variant: '' } : {}), ...(tag === 'peakline-sectors' ? { layout: '', sort: '' } : {}) };
      const m = create(tag, { ...props, data: china, ...blank });
      await settled(plain.el);
      await settled(m.el);
      expect(errorText(m.el)).to.equal('');
      const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
      expect(text(m.el)).to.equal(text(plain.el));
    });
});

describe('a text option set as a property of another type is read as text, never a crash', () => {
  // React and Vue pass what the page has: `target={2030}` is a number. `.replace` and `.split` on it threw inside the
  // render ("This is a bug in Peakline"), and a Symbol made Lit's reflection to the attribute throw uncaught.
  const numbered = structuredClone(china) as typeof china;
  const t = numbered.targets.find((x) => x.id === ENERGY)!;
  t.id = '2030';
  for (const [tag, props] of WIDGETS)
    it(`${tag}: a number, a list, a year as text and a Symbol`, async () => {
      const as = tag === 'peakline-sectors' ? { targets: ['2030'], sectors: null } : { target: 2030 };
      const m = create(tag, { ...props, data: numbered, ...as });
      await settled(m.el);
      expect(errorText(m.el)).to.equal('');
      expect(m.ready).to.have.length(1);
      expect(m.el.getAttribute(tag === 'peakline-sectors' ? 'targets' : 'target')).to.equal('2030');
      // A year as text, as a framework binds a form field: the year (it was "as-of="2022" is not a year").
      const year = create(tag, { ...props, data: china, asOf: '2022' });
      await settled(year.el);
      expect(errorText(year.el)).to.equal('');
      expect((year.el as unknown as { asOf: unknown }).asOf).to.equal(2022);
      const notYear = create(tag, { ...props, data: china, asOf: '2022abc' });
      await settled(notYear.el);
      expect(errorText(notYear.el)).to.contain('as-of="2022abc" is not a year.');
      const odd = create(tag, { ...props, data: china, theme: Symbol('dark') });
      await settled(odd.el);
      expect(errorText(odd.el)).to.contain('theme="Symbol(dark)" is not one of light, dark, auto.');
      expect(errorText(odd.el)).not.to.contain('bug in Peakline');
    });
});

describe('options outside their allowed values are errors in every widget', () => {
  for (const [tag, props] of WIDGETS) {
    it(`${tag}: theme="sepia", in English and Chinese`, async () => {
      const m = await optionError(create(tag, { ...props, data: china }, { theme: 'sepia' }), 'theme="sepia" is not one of light, dark, auto.', 'theme="sepia" 无效，可选值：light、dark、auto。', ['theme', 'dark']);
      expect(m.ready).to.have.length(1);
    });

    if (tag !== 'peakline-sectors')
      it(`${tag}: as-of before the target's baseline year`, async () => {
        // The China peak target (baseline 2020) "as of 1999" was judged on the 1990s' growth: "on track", for a 2022 plan.
        // The baseline year itself is allowed.
        await optionError(
          create(tag, { target: 'industrial-co2-peak-2030', data: china }, { 'as-of': '1999' }),
          `as-of="1999" is before this target's baseline year: use 2020 or later.`,
          'as-of="1999" 早于该目标的基准年：请使用2020\u2060年或更晚的年份。',
          ['as-of', '2020'],
        );
      });

    it(`${tag}: as-of in the future`, async () => {
      const now = new Date().getUTCFullYear();
      const m = create(tag, { ...props, data: china }, { 'as-of': '2150' });
      await settled(m.el);
      expect(errorText(m.el)).to.contain(`as-of="2150" is in the future: use a year up to ${now}.`);
      m.el.lang = 'zh';
      await settled(m.el);
      expect(errorText(m.el)).to.contain(`as-of="2150" 是未来年份：请使用${now}\u2060年或更早的年份。`);
      m.el.setAttribute('as-of', String(now + 1));
      await settled(m.el);
      expect(errorText(m.el)).to.contain(`as-of="${now + 1}" 是未来年份`);
      m.el.setAttribute('as-of', String(now));
      await settled(m.el);
      expect(box(m.el), 'this year is allowed').to.equal(null);
    });
  }

  for (const [tag, props] of WIDGETS)
    it(`${tag}: as-of written other than as a year (hex, exponent, decimal) is an error, though Number() reads 2022`, async () => {
      for (const written of ['0x7E6', '2.022e3', '2022.0', '+2022']) {
        const m = create(tag, { ...props, data: china }, { 'as-of': written });
        await settled(m.el);
        expect(errorText(m.el), written).to.contain(`as-of="${written}" is not a year.`);
      }
      // Digits with spaces around them are a year.
      const m = create(tag, { ...props, data: china }, { 'as-of': ' 2022 ' });
      await settled(m.el);
      expect(box(m.el)).to.equal(null);
    });

  it('as-of="0x7E6" in page markup, with the data by src: an error quoting what was written, which stays written', async () => {
    // The property used to reflect back before the data came: the attribute became "2022", and the check read that.
    const wrapper = document.createElement('div');
    document.body.append(wrapper);
    harness.wrappers.push(wrapper);
    wrapper.innerHTML = '<peakline-gauge src="/test/fixtures/gauge-doc-a.json.txt" target="energy-intensity-2025" as-of="0x7E6"></peakline-gauge>';
    const el = wrapper.firstElementChild as PeaklineElement;
    await waitUntil(() => box(el), 'error box', { timeout: 5000 });
    expect(errorText(el)).to.contain('as-of="0x7E6" is not a year.');
    expect(el.getAttribute('as-of')).to.equal('0x7E6');
    // A good year set as a property afterwards clears it.
    el.asOf = 2021;
    await settled(el);
    expect(box(el)).to.equal(null);
  });

  for (const [tag, props] of WIDGETS)
    it(`${tag}: options set as properties by frameworks: a number is its text, undefined is unset, never a crash`, async () => {
      // React 19 sets headingLevel={3}; Vue may pass undefined. notOneOf called .replace on them: "This is a bug in Peakline".
      const m = create(tag, { ...props, data: china, headingLevel: 3, theme: undefined, method: undefined });
      await settled(m.el);
      expect(box(m.el)).to.equal(null);
      expect(m.el.shadowRoot!.querySelector('[part~="title"]')!.getAttribute('aria-level')).to.equal('3');
      (m.el as Record<string, unknown>).headingLevel = 9;
      await settled(m.el);
      expect(errorText(m.el)).to.contain('heading-level="9" is not one of 1, 2, 3, 4, 5, 6.');
      expect(errorText(m.el)).not.to.contain('bug');
    });

  // Each problem with a widget's own attribute had the path '', the whole document's, in `peakline-error`: a page's
  // listener could not tell `target="nope"` from an empty file. Its path is the attribute's name; the box labels it
  // only where the message does not begin with the attribute as written.
  const ATTRIBUTE_CASES: [tag: string, props: Record<string, unknown>, attrs: Record<string, string>, paths: string[]][] = [
    ['peakline-gauge', {}, {}, ['target']],
    ['peakline-gauge', { target: 'no-such-id' }, {}, ['target']],
    ['peakline-gauge', { target: ENERGY }, { 'as-of': '20x2', method: 'fastest', variant: 'donut', theme: 'sepia', 'heading-level': '9' }, ['theme', 'method', 'heading-level', 'as-of', 'variant']],
    ['peakline-gauge', { target: 'industrial-co2-peak-2030' }, { 'as-of': '1999' }, ['as-of']],
    ['peakline-trajectory', {}, {}, ['target']],
    ['peakline-trajectory', { target: 'no-such-id' }, {}, ['target']],
    ['peakline-trajectory', { target: ENERGY }, { 'as-of': '2150', method: 'x' }, ['method', 'as-of']],
    ['peakline-trajectory', { target: 'industrial-co2-peak-2030' }, { 'as-of': '1999' }, ['as-of']],
    // (Eight problems: the box lists eight.)
    ['peakline-sectors', {}, { layout: 'pie', sort: 'x', 'as-of': 'abc', sectors: 'nope', indicator: 'nope', targets: 'nope', rows: 'abc', target: 'y' }, ['layout', 'sort', 'as-of', 'sectors', 'indicator', 'targets', 'rows', 'target']],
    ['peakline-sectors', {}, { theme: 'sepia', method: 'x', 'heading-level': '0' }, ['theme', 'method', 'heading-level']],
  ];
  for (const [tag, props, attrs, paths] of ATTRIBUTE_CASES)
    it(`${tag} ${JSON.stringify({ ...props, ...attrs })}: each problem's path is its attribute's name, in English and Chinese`, async () => {
      const m = create(tag, { ...props, data: china }, attrs);
      await settled(m.el);
      const items = () => [...m.el.shadowRoot!.querySelectorAll('[part~="problems"] li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
      for (const lang of ['en', 'zh']) {
        m.el.lang = lang;
        await settled(m.el);
        expect(m.errors, 'one peakline-error').to.have.length(1);
        // The event's problems were computed in the language the widget had then; the box's are recomputed.
        const problems = m.errors[0]!.detail.problems;
        expect(problems.map((p) => p.path)).to.deep.equal(paths);
        expect(items()).to.have.length(paths.length);
        items().forEach((item, i) => {
          const path = paths[i]!;
          // `theme="sepia" is not…` alone; "No sector with id…" after its attribute, as the data's after their paths.
          expect(item.startsWith(`${path}="`) || item.startsWith(`${path}${lang === 'zh' ? '：' : ': '}`), item).to.equal(true);
          expect(item.startsWith(`${path}: ${path}=`) || item.startsWith(`${path}：${path}=`), item).to.equal(false);
        });
      }
      // Not the data's problems: in the widget's language, not marked English.
      expect(m.el.shadowRoot!.querySelector('[part~="problems"]')!.hasAttribute('lang')).to.equal(false);
    });

  it('a sector panel: rows="abc" and a target attribute are errors, not silent fallbacks', async () => {
    const sectors = WIDGETS.find(([t]) => t === 'peakline-sectors')![1];
    // rows="abc" reserved a NaN height while loading; now it reserves the default and names the mistake.
    await optionError(create('peakline-sectors', { ...sectors, data: china }, { rows: 'abc' }), 'rows="abc" is not a whole number of rows (1 or more).', 'rows="abc" 无效：行数须为大于0的整数。', ['rows', '4']);
    for (const rows of ['0', '-3', '2.5']) {
      const m = create('peakline-sectors', { ...sectors, data: china }, { rows });
      await settled(m.el);
      expect(errorText(m.el), rows).to.contain(`rows="${rows}" is not a whole number of rows`);
    }
    // `target` is a gauge's attribute: the panel showed every target instead of the one asked for.
    const m = create('peakline-sectors', { ...sectors, data: china }, { target: 'steel-scrap-capacity-2025' });
    await settled(m.el);
    expect(errorText(m.el)).to.contain('A sector panel has no target attribute: to show some targets, use targets="steel-scrap-capacity-2025".');
    // Beside targets, only to be removed; empty, as templates write it, no choice at all.
    m.el.setAttribute('targets', 'steel-scrap-capacity-2025');
    await settled(m.el);
    expect(errorText(m.el)).to.contain('A sector panel has no target attribute: remove it.');
    m.el.setAttribute('target', '');
    await settled(m.el);
    expect(box(m.el)).to.equal(null);
  });

  for (const [tag, props] of WIDGETS)
    it(`${tag}: heading-level="3" makes the title a level-3 heading; none by default; "7" or "h2" is an error`, async () => {
      const plain = create(tag, { ...props, data: china });
      await settled(plain.el);
      const title = (m: Mounted) => m.el.shadowRoot!.querySelector('[part~="title"]')!;
      expect(title(plain).hasAttribute('role'), 'no heading unless asked').to.equal(false);
      const m = create(tag, { ...props, data: china }, { 'heading-level': '3' });
      await settled(m.el);
      expect([title(m).getAttribute('role'), title(m).getAttribute('aria-level')]).to.deep.equal(['heading', '3']);
      await expect(m.el).to.be.accessible();
      for (const level of ['7', 'h2', '0']) {
        const bad = create(tag, { ...props, data: china }, { 'heading-level': level });
        await settled(bad.el);
        expect(errorText(bad.el), level).to.contain(`heading-level="${level}" is not one of 1, 2, 3, 4, 5, 6.`);
      }
    });

  for (const [tag, props] of WIDGETS)
    it(`${tag}: with heading-level, the loading state and the error box keep one heading at that level (the outline does not change)`, async () => {
      const heading = (m: Mounted) => [...m.el.shadowRoot!.querySelectorAll('[role="heading"]')].map((h) => `${h.getAttribute('aria-level')} ${h.textContent}`);
      const requests = holdFetch();
      const m = create(tag, props, { 'heading-level': '2', src: '/slow.json' });
      await pause();
      expect(loading(m.el)).to.equal(true);
      expect(heading(m)).to.deep.equal(['2 Loading policy data…']);
      requests[0]!.json(china);
      await waitUntil(() => !loading(m.el));
      await settled(m.el);
      expect(heading(m)).to.have.length(1);
      expect(heading(m)[0]).to.match(/^2 \S/);
      // An error (an unknown target; a sector panel's unknown sector): its title is the heading.
      const broken = create(tag, { ...props, data: china, ...(tag === 'peakline-sectors' ? { sectors: 'nope' } : { target: 'nope' }) }, { 'heading-level': '2' });
      await settled(broken.el);
      expect(box(broken.el)).not.to.equal(null);
      expect(heading(broken)).to.deep.equal([`2 This ${tag === 'peakline-sectors' ? 'panel' : 'chart'} could not be shown`]);
      // A bad heading-level is the error: its box has no heading at that (or any) level.
      const bad = create(tag, { ...props, data: china }, { 'heading-level': '7' });
      await settled(bad.el);
      expect(heading(bad)).to.deep.equal([]);
    });

  for (const [tag, props] of WIDGETS)
    it(`${tag}: on a right-to-left page it still runs left to right, and a theme's break-all does not reach it`, async () => {
      const m = create(tag, { ...props, data: china });
      m.wrapper.dir = 'rtl';
      m.wrapper.style.wordBreak = 'break-all';
      await settled(m.el);
      const frame = m.el.shadowRoot!.querySelector<HTMLElement>('.frame')!;
      const cs = getComputedStyle(frame);
      // On <html dir="rtl"> the gauge's "−6.8%" read "6.8%−", and axis labels ran into the plot.
      expect([cs.direction, cs.wordBreak]).to.deep.equal(['ltr', 'normal']);
      const title = m.el.shadowRoot!.querySelector('[part~="title"]')!.getBoundingClientRect();
      expect(Math.round(title.left - frame.getBoundingClientRect().left)).to.be.lessThan(20); // starts at the left
    });

  it('a long method value is echoed cut to 40 characters', async () => {
    const m = create('peakline-gauge', { target: ENERGY, data: china }, { method: 'x'.repeat(500) });
    await settled(m.el);
    expect(errorText(m.el)).to.contain(`method="${'x'.repeat(37)}…" is not one of path, rate, extrapolation.`);
  });
});

describe('the error box in a Chinese widget', () => {
  it("marks the data's English problems lang=en, and not the widget's own Chinese ones", async () => {
    const first = china.targets[0]!;
    const broken = { ...china, targets: [{ ...first, baseline: { year: 'twenty', value: 1 } }] };
    const m = create('peakline-gauge', { target: first.id, data: broken }, { lang: 'zh' });
    await settled(m.el);
    const items = [...box(m.el)!.querySelectorAll('li')];
    const baseline = items.find((li) => li.textContent!.includes('baseline.year'));
    expect(baseline?.textContent, 'the data problem').to.match(/targets\[0\]\.baseline\.year: .*[A-Za-z]{4}/);
    expect(baseline?.closest('ul')?.getAttribute('lang')).to.equal('en');
    // The path may break after its dots, not between its end and the colon (a phone began a line with ": is required").
    const code = baseline!.querySelector('code')!;
    expect([code.textContent, code.querySelectorAll('wbr').length]).to.deep.equal(['targets[0].baseline.year', 2]);
    m.el.data = china;
    m.el.setAttribute('theme', 'sepia');
    await settled(m.el);
    const own = box(m.el)!.querySelector('li')!;
    expect(own.textContent).to.contain('无效，可选值：light、dark、auto');
    expect(own.closest('ul')?.hasAttribute('lang'), 'a Chinese message in a Chinese widget').to.equal(false);
  });
});

describe('the error box names what an editor writes as code', () => {
  for (const lang of ['en', 'zh'])
    it(`${lang}: "No data" names the <script> and <peakline-data> to add as code, as the box names the element`, async () => {
      const m = create('peakline-sectors', {}, { lang });
      await settled(m.el);
      // Word by word (each kept whole on a line where it fits).
      const codes = [...box(m.el)!.querySelectorAll('li code')].map((c) => [c.textContent, c.getAttribute('lang')]);
      expect(codes).to.deep.equal([
        ['<script', 'en'],
        ['type="application/json">', 'en'],
        ['<peakline-data', 'en'],
        ['src="…">', 'en'],
      ]);
      // Code, not a JSON path: in the text's colour, not the path's.
      const [script] = box(m.el)!.querySelectorAll('li code');
      expect(getComputedStyle(script!).color).to.equal(getComputedStyle(box(m.el)!).color);
      expect(getComputedStyle(script!).fontFamily).to.contain('monospace');
      // A problem's JSON path keeps the off-track colour.
      const bad = create('peakline-sectors', { data: china, sectors: 'nope' }, { lang });
      await settled(bad.el);
      const path = box(bad.el)!.querySelector('li code')!;
      expect([path.textContent, getComputedStyle(path).color]).to.deep.equal(['sectors', 'rgb(143, 27, 19)']); // #8f1b13
    });
});

describe('the error box at a phone\'s width: element names and ids as code, whole on a line where they fit', () => {
  const DATA = '/data/cn-industry-carbon-peaking-2022.json';
  /** A widget in `<peakline-data src=DATA>`, in a column as wide as a 360 px phone's (8 px margins) and `rem` text. */
  async function phone(tag: string, attrs: Record<string, string>, rem = 1): Promise<HTMLElement> {
    const wrapper = document.createElement('div');
    wrapper.style.cssText = `width: 344px; font-size: ${rem}rem`;
    document.body.append(wrapper);
    harness.wrappers.push(wrapper);
    const provider = document.createElement('peakline-data');
    provider.setAttribute('src', DATA);
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    provider.append(el);
    // (The test server would answer DATA as a module: its JSON plugin.)
    window.fetch = async () => new Response(JSON.stringify(china), { headers: { 'content-type': 'application/json' } });
    wrapper.append(provider);
    await waitUntil(() => box(el), 'error shown', { timeout: 3000 });
    await settled(el as PeaklineElement);
    return el;
  }
  /** Every place `text` is written in the error box: whether it is in a code element, and how many lines it is drawn on. */
  function laidOut(el: Element, text: string): [code: boolean, lines: number][] {
    const found: [boolean, number][] = [];
    const walk = document.createTreeWalker(box(el)!, NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode(); n; n = walk.nextNode())
      for (let i = n.textContent!.indexOf(text); i >= 0; i = n.textContent!.indexOf(text, i + 1)) {
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + text.length);
        found.push([!!n.parentElement!.closest('code'), new Set([...r.getClientRects()].map((q) => Math.round(q.bottom))).size]);
      }
    return found;
  }

  for (const lang of ['en', 'zh'])
    it(`${lang}: the element, its attributes and the ids in the problem are each on one line (they broke at hyphens)`, async () => {
      const gauge = await phone('peakline-gauge', { target: 'industrial-co2-peek', lang });
      const sectors = await phone('peakline-sectors', { targets: 'industrial-co2-peak-2031', lang });
      for (const [el, wrong] of [[gauge, 'target="industrial-co2-peek"'], [sectors, 'targets="industrial-co2-peak-2031"']] as const) {
        const name = el.localName;
        // The element named in its box, as written ("<peakline-⏎data", "target="industrial-co2-⏎peek">" at 360 px)…
        expect(box(el)!.querySelector('.meta')!.textContent, name).to.match(new RegExp(`^<${name} ${wrong}> in <peakline-data src="${DATA}"> (1 problem:|发现1个问题)`));
        expect(laidOut(el, `<${name}`), name).to.deep.equal([[true, 1]]);
        expect(laidOut(el, '<peakline-data'), name).to.deep.equal([[true, 1]]);
        expect(laidOut(el, wrong), name).to.deep.equal(name === 'peakline-gauge' ? [[true, 1], [true, 1]] : [[true, 1]]);
        // …and the id its problem suggests, as code: "did you mean "industrial-co2-⏎peak-2030"?".
        expect(laidOut(el, 'industrial-co2-peak-2030'), name).to.deep.equal([[true, 1]]);
        // The punctuation after it is held to it: a line began with "?" or "”的目标" once the id was a box of its own.
        const unit = [...box(el)!.querySelectorAll('li span')].find((u) => u.textContent!.includes('2030'))!;
        expect(unit.textContent, name).to.equal(lang === 'en' ? '"industrial-co2-peak-2030"?' : '“industrial-co2-peak-2030”？');
        expect(unit.getBoundingClientRect().height / parseFloat(getComputedStyle(unit).lineHeight), name).to.be.below(1.5);
      }
      // The unknown id, in the element and in the problem.
      expect(laidOut(sectors, 'industrial-co2-peak-2031')).to.deep.equal([[true, 1], [true, 1]]);
    });

  for (const lang of ['en', 'zh'])
    it(`${lang}: the ids an unknown id's problem lists are code, each whole on a line where it fits, with its comma`, async () => {
      // They were prose: "(its ids: … clinker-capacity-⏎2025, …", "steel-scrap-⏎capacity-2025" at 360 px.
      const gauge = await phone('peakline-gauge', { target: 'nope-x-y', lang });
      const sectors = await phone('peakline-sectors', { sectors: 'nope-x-y', lang });
      const [open, close, comma] = lang === 'en' ? ['"', '"', ','] : ['“', '”', '、'];
      for (const [el, ids] of [[gauge, ['industrial-co2-peak-2030', 'steel-scrap-capacity-2025', 'clinker-capacity-2025', 'pcf-standards-2030']], [sectors, ['steel', 'building-materials', 'nonferrous-metals', 'electronics']]] as const)
        for (const id of ids) {
          expect(laidOut(el, id), id).to.deep.equal([[true, 1]]);
          const unit = [...box(el)!.querySelectorAll('li span')].find((u) => u.textContent!.includes(`${open}${id}${close}`));
          // The last holds the bracket after it: ")" never begins a line.
          const last = id === 'pcf-standards-2030' || id === 'electronics';
          expect(unit?.textContent, id).to.equal(`${open}${id}${close}${last ? (lang === 'en' ? ')' : '）') : comma}`);
        }
    });

  for (const lang of ['en', 'zh'])
    it(`${lang}: a load failure's web address is code, broken inside the box where longer than the line`, async () => {
      const wrapper = document.createElement('div');
      wrapper.style.width = '344px';
      document.body.append(wrapper);
      harness.wrappers.push(wrapper);
      window.fetch = async () => new Response('', { status: 404, statusText: 'Not Found' });
      const el = document.createElement('peakline-gauge');
      const src = '/data/a-rather-long-folder-name/with-another-long-segment/cn-industry-carbon-peaking-2022-v2.json';
      el.setAttribute('src', src);
      el.setAttribute('lang', lang);
      wrapper.append(el);
      await waitUntil(() => box(el), 'error shown', { timeout: 3000 });
      await settled(el as PeaklineElement);
      // It was prose, in the text's font: "…/a-rather-⏎long-folder-name/…".
      const url = new URL(src, document.baseURI).href.slice(0, 77) + '…';
      const [[isCode, lines]] = laidOut(el, url) as [[boolean, number]];
      expect([isCode, lines > 1]).to.deep.equal([true, true]);
      // The colon after it held to it; inside the frame, nothing wider than the phone.
      const unit = [...box(el)!.querySelectorAll('li span')].find((u) => u.textContent!.startsWith('http'))!;
      expect(unit.textContent).to.equal(url + (lang === 'en' ? ':' : '：'));
      const frame = box(el)!;
      expect(frame.scrollWidth).to.be.at.most(frame.clientWidth);
      expect(unit.getBoundingClientRect().right).to.be.at.most(frame.getBoundingClientRect().right - parseFloat(getComputedStyle(frame).paddingRight));
    });

  for (const lang of ['en', 'zh'])
    it(`${lang}: the bracket before a code is held to it, at every column width from 160 to 480 px`, async () => {
      const wrapper = document.createElement('div');
      document.body.append(wrapper);
      harness.wrappers.push(wrapper);
      const el = document.createElement('peakline-gauge');
      el.setAttribute('data', '[object Object]');
      el.setAttribute('lang', lang);
      wrapper.append(el);
      await waitUntil(() => box(el), 'error shown', { timeout: 3000 });
      await settled(el as PeaklineElement);
      const bracket = lang === 'en' ? '(' : '（';
      const first = [...box(el)!.querySelectorAll('li code')].find((c) => c.textContent === 'data="[object')!;
      const lines: number[] = [];
      for (let width = 160; width <= 480; width += 2) {
        wrapper.style.width = `${width}px`;
        // The line the bracket ends and the line "data="[object" begins: "No data ( ⏎ data="[object Object]"" once.
        const before = [...first.closest('li')!.querySelectorAll('*'), first.closest('li')!].flatMap((e) => [...e.childNodes]).find((n) => n.nodeType === 3 && n.textContent!.includes(bracket))!;
        const r = document.createRange();
        const at = before.textContent!.indexOf(bracket);
        r.setStart(before, at);
        r.setEnd(before, at + 1);
        const [firstLine] = [...first.getClientRects()];
        // (Text and code differ in font, so their boxes' bottoms do by a pixel or two on one line.)
        if (Math.abs(r.getBoundingClientRect().bottom - firstLine!.bottom) > 8) lines.push(width);
      }
      expect(lines, 'widths where the bracket ends a line alone').to.deep.equal([]);
    });

  for (const lang of ['en', 'zh'])
    it(`${lang}: at 200% text an id longer than the line breaks, and nothing is wider than the phone`, async () => {
      const gauge = await phone('peakline-gauge', { target: 'industrial-co2-peek', lang }, 2);
      const frame = box(gauge)!;
      expect(frame.scrollWidth).to.be.at.most(frame.clientWidth);
      expect(gauge.getBoundingClientRect().width).to.be.at.most(344);
      // The src is longer than a line: it breaks (within its own lines); the element name before it fits and stays whole.
      expect(laidOut(gauge, DATA)[0]![1]).to.be.above(1);
      expect(laidOut(gauge, '<peakline-gauge')).to.deep.equal([[true, 1]]);
    });
});

describe('the error box\'s title names what could not be shown', () => {
  for (const [lang, chart, panel] of [['en', 'This chart could not be shown', 'This panel could not be shown'], ['zh', '无法显示此图表', '无法显示此面板']] as const)
    it(`${lang}: a chart's says chart, the sector panel's says panel`, async () => {
      const title = (m: Mounted) => box(m.el)!.querySelector('[part~="title"]')!.textContent;
      const sectors = create('peakline-sectors', { data: china, sectors: 'nope' }, { lang });
      const gauge = create('peakline-gauge', { data: china, target: 'nope' }, { lang });
      const trajectory = create('peakline-trajectory', { data: china, target: 'nope' }, { lang });
      for (const m of [sectors, gauge, trajectory]) await settled(m.el);
      expect([title(sectors), title(gauge), title(trajectory)]).to.deep.equal([panel, chart, chart]);
      // With no problem to list (none known), the line under it says the same.
      const none = create('peakline-sectors', {}, { lang });
      await settled(none.el);
      expect(title(none)).to.equal(panel);
    });
});

describe('a long src is echoed short', () => {
  it('a data: URL of 20,000 characters: the message is cut and the box stays small', async () => {
    const json = JSON.stringify(china);
    const src = `data:application/json,${encodeURIComponent(json)}`;
    expect(src.length).to.be.above(20000);
    const m = create('peakline-gauge', { target: ENERGY }, { src });
    await waitUntil(() => box(m.el), 'error shown', { timeout: 3000 });
    const shown = errorText(m.el);
    expect(shown).to.contain(`"${src.slice(0, 77)}…" is not an http(s) address, so it was not loaded.`);
    expect(shown.length).to.be.below(300);
    expect(box(m.el)!.getBoundingClientRect().height).to.be.below(250);
    expect(m.errors).to.have.length(1);
  });
});

describe('in a flex row that sets no flex, a widget is 40 em wide, as an image has its own width, loading and drawn alike', () => {
  // A widget's width came from its content: a sector panel (its frame a size container) had none and was drawn 8 px
  // wide and 29,600 px tall; a loading box had none either (30 px, thousands tall), then its drawn content's width; a
  // gauge was as wide as its longest line.
  for (const [tag, props] of WIDGETS)
    it(`${tag}: 640 px beside a paragraph in a 1,000 px row, and each half of a row of two 900 px wide`, async () => {
      const requests = holdFetch();
      const row = document.createElement('div');
      row.style.cssText = 'display:flex;gap:0;width:1000px;font:16px system-ui,sans-serif';
      row.innerHTML = '<p style="flex:1;margin:0">Text beside the chart in a card row.</p>';
      document.body.append(row);
      harness.wrappers.push(row);
      const el = Object.assign(document.createElement(tag) as Mounted['el'], props, { src: `/flex-${Math.random()}.json` });
      row.append(el);
      await el.updateComplete;
      const loading = el.getBoundingClientRect().width;
      requests[0]!.json(china);
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="frame"]:not([aria-busy])'), 'drawn');
      await settled(el);
      expect([loading, el.getBoundingClientRect().width], 'loading, drawn').to.deep.equal([640, 640]);
      // Two of them in a narrower row share it (they shrink as an image with max-width does), whatever their text.
      row.style.width = '900px';
      row.firstElementChild!.replaceWith(Object.assign(document.createElement(tag), props, { data: china }));
      await new Promise((r) => requestAnimationFrame(r));
      expect([...row.children].map((c) => c.getBoundingClientRect().width)).to.deep.equal([450, 450]);
      // In a float and a table cell of a 360 px column, no wider than the column: it shrinks (its 40 em break).
      row.style.cssText = 'width:360px;font:16px system-ui,sans-serif';
      row.innerHTML = '<div style="float:left"></div><table><tr><td></td></tr></table>';
      for (const box of row.querySelectorAll('div, td')) box.append(Object.assign(document.createElement(tag), props, { data: china }));
      await new Promise((r) => requestAnimationFrame(r));
      for (const w of row.querySelectorAll(tag)) expect(w.getBoundingClientRect().width, w.parentElement!.localName).to.be.within(300, 360);
    });
});

describe('the documented parts a designer styles from the page', () => {
  for (const [tag, props] of WIDGETS)
    it(`${tag}: title and subtitle are parts, and so is the error box with its problems`, async () => {
      const style = document.createElement('style');
      style.textContent = `${tag}::part(title){color:rgb(1,2,3)} ${tag}::part(subtitle){color:rgb(4,5,6)} ${tag}::part(problems){color:rgb(7,8,9)}`;
      document.head.append(style);
      try {
        const m = create(tag, { ...props, data: china });
        await settled(m.el);
        const color = (part: string) => getComputedStyle(m.el.shadowRoot!.querySelector(`[part~="${part}"]`)!).color;
        expect(color('title')).to.equal('rgb(1, 2, 3)');
        expect(color('subtitle')).to.equal('rgb(4, 5, 6)');
        m.el.setAttribute('theme', 'sepia');
        await settled(m.el);
        expect(m.el.shadowRoot!.querySelector('[part~="error"]')).to.exist;
        expect(color('problems')).to.equal('rgb(7, 8, 9)');
      } finally {
        style.remove();
      }
    });
});

describe('text too small to read', () => {
  it('is said once in the console, with the fix (a 62.5% root gave 10 px text silently)', async () => {
    const said: string[] = [];
    const realWarn = console.warn;
    console.warn = (...args: unknown[]) => said.push(String(args[0]));
    try {
      const normal = create('peakline-gauge', { data: china, target: ENERGY });
      await settled(normal.el);
      expect(said.filter((s) => s.startsWith('Peakline: widgets\' text'))).to.deep.equal([]);
      for (let i = 0; i < 2; i++) {
        const small = create('peakline-gauge', { data: china, target: ENERGY });
        small.wrapper.style.setProperty('--peakline-font-size', '10px');
        await settled(small.el);
        await settled(small.el);
      }
      expect(said.filter((s) => s.startsWith('Peakline: widgets\' text'))).to.deep.equal([
        "Peakline: widgets' text is 10 px (1rem on this page). For a theme with html { font-size: 62.5% }, set --peakline-font-size: 1.6rem on the widgets.",
      ]);
    } finally {
      console.warn = realWarn;
    }
  });
});

describe('a reserve the widget cannot read', () => {
  // reserve="tall" or "-5" was used as far as it could be read, silently: "-5" reserved 5 em less than the chart at a
  // phone's width, "tall" the estimate. The estimate is kept, and the console says why, once each time it is set.
  const said: string[] = [];
  const realWarn = console.warn;
  beforeEach(() => {
    said.length = 0;
    console.warn = (...args: unknown[]) => said.push(String(args[0]));
  });
  afterEach(() => {
    console.warn = realWarn;
  });
  const reserveWarnings = () => said.filter((s) => s.includes('reserve='));

  for (const [tag, props, n, good] of [
    ['peakline-gauge', { target: ENERGY }, 3, '32.2 26.2 17.9'],
    ['peakline-trajectory', { target: ENERGY }, 3, '32.2 26.2 17.9'],
    ['peakline-sectors', {}, 6, '79.3 72 61 46.5 54.7 44.6'],
  ] as const)
    it(`${tag}: is said in the console once per value, naming it and the form, and the loading height is the estimate`, async () => {
      holdFetch();
      const src = `/held-reserve-${Math.random()}.json`;
      const plain = create(tag, { ...props, src });
      const bad = create(tag, { ...props, src }, { reserve: 'tall' });
      for (const m of [plain, bad]) m.wrapper.style.width = '320px';
      await settled(bad.el);
      await settled(plain.el);
      const height = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[aria-busy="true"]')!.getBoundingClientRect().height;
      expect(reserveWarnings()).to.deep.equal([`Peakline: reserve="tall" on <${tag}> is not ${n} heights in em, as the embed builder writes it: its loading height is estimated.`]);
      expect(height(bad.el)).to.equal(height(plain.el));
      // Not again for another update (a language, a width).
      bad.el.lang = 'zh';
      bad.wrapper.style.width = '330px';
      await settled(bad.el);
      plain.el.lang = 'zh';
      plain.wrapper.style.width = '330px';
      await settled(plain.el);
      expect(reserveWarnings()).to.have.length(1);
      // Below zero: it reserved less than the chart itself at 320 px; now the estimate, and said again.
      bad.el.setAttribute('reserve', '-5');
      await settled(bad.el);
      expect(reserveWarnings()).to.have.length(2);
      expect(reserveWarnings()[1]).to.contain('reserve="-5"');
      expect(height(bad.el)).to.equal(height(plain.el));
      // Another widget's form (a panel's six on a gauge, a gauge's three on a panel) is not this one's.
      bad.el.setAttribute('reserve', n === 3 ? '79.3 72 61 46.5 54.7 44.6' : '32.2 26.2 17.9');
      await settled(bad.el);
      expect(reserveWarnings()).to.have.length(3);
      // Its own form, and none at all (a template's blank field), say nothing.
      for (const value of [good, '', ' ']) {
        bad.el.setAttribute('reserve', value);
        await settled(bad.el);
      }
      bad.el.removeAttribute('reserve');
      await settled(bad.el);
      expect(reserveWarnings()).to.have.length(3);
    });
});

describe('focus rings with --peakline-padding: 0', () => {
  it('the frame clips with room for a ring (2 px off, 3 px wide) at its edge; hidden cut the footer links\' rings', async () => {
    const m = create('peakline-gauge', { data: china, target: ENERGY });
    m.el.style.setProperty('--peakline-padding', '0');
    await settled(m.el);
    const frame = m.el.shadowRoot!.querySelector<HTMLElement>('.frame')!;
    const link = m.el.shadowRoot!.querySelector<HTMLElement>('a[part~="source"]')!;
    link.focus({ focusVisible: true } as FocusOptions);
    const ring = parseFloat(getComputedStyle(link).outlineOffset) + parseFloat(getComputedStyle(link).outlineWidth);
    const style = getComputedStyle(frame);
    expect(style.overflow).to.equal('clip');
    expect(parseFloat(style.overflowClipMargin)).to.be.at.least(ring);
  });
});

describe('the loading box: the frame at once, its placeholders only if the data takes longer than PLACEHOLDER_DELAY_MS', () => {
  /** Every request held until `answer(doc)`; and when each placeholder was added to `el`'s shadow root. */
  function held(tag: string, props: Record<string, unknown>) {
    const requests = holdFetch();
    const m = create(tag, { ...props, src: `/held-${tag}-${Math.random()}.json` });
    const added: number[] = [];
    let changes = 0;
    const watch = new MutationObserver((records) => {
      changes += records.length;
      for (const r of records) for (const n of r.addedNodes) if (n instanceof Element && n.matches('.skeleton, .skeleton *, :has(.skeleton)')) added.push(performance.now());
    });
    const start = performance.now();
    return {
      ...m,
      start,
      added,
      changes: () => changes,
      observe: () => watch.observe(m.el.shadowRoot!, { childList: true, subtree: true, attributes: true }),
      stop: () => watch.disconnect(),
      answer: (doc: unknown) => requests.at(-1)!.json(doc),
    };
  }
  const frame = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[aria-busy="true"]');

  it('the placeholders move nothing: every widget and variant, 320, 640 and 1100 px wide, English and Chinese', async () => {
    holdFetch();
    const kinds: [string, Record<string, string>][] = [
      ['peakline-gauge', { target: ENERGY }],
      ['peakline-gauge', { target: ENERGY, variant: 'bar' }],
      ['peakline-trajectory', { target: ENERGY }],
      ['peakline-sectors', {}],
      ['peakline-sectors', { sectors: 'steel', rows: '2' }],
    ];
    const all: Mounted[] = [];
    for (const lang of ['en', 'zh'])
      for (const width of ['320px', '640px', '1100px'])
        for (const [tag, attrs] of kinds) {
          const m = create(tag, {}, { ...attrs, lang, src: `/held-${lang}-${width}-${Math.random()}.json` });
          m.wrapper.style.width = width;
          all.push(m);
        }
    await Promise.all(all.map((m) => m.el.updateComplete));
    const height = (m: Mounted) => m.el.getBoundingClientRect().height;
    const before = all.map(height);
    expect(all.filter((m) => frame(m.el)?.querySelector('.skeleton')), 'placeholders before the delay').to.have.length(0);
    await Promise.all(all.map((m) => placeholders(m.el)));
    const moved = all.map((m, i) => [m.el.localName, m.el.getAttribute('variant') ?? m.el.getAttribute('sectors') ?? '', m.el.lang, m.wrapper.style.width, before[i], height(m)]).filter((r) => r[4] !== r[5]);
    expect(moved, 'widgets whose height changed when the placeholders came').to.deep.equal([]);
  });

  for (const [tag, props] of WIDGETS) {
    it(`${tag}: an empty frame first, at the reserved height; the placeholders after the delay, in the same height`, async () => {
      const h = held(tag, props);
      await h.el.updateComplete;
      h.observe();
      const f = frame(h.el)!;
      const before = f.getBoundingClientRect().height;
      // Announced and reserved as before: a status, busy, named, and as tall as the chart will be.
      expect(f.getAttribute('role')).to.equal('status');
      expect(f.textContent!.trim()).to.equal('Loading policy data…');
      expect(f.querySelectorAll('.skeleton')).to.have.length(0);
      expect(before, 'reserved height').to.be.greaterThan(200);
      await waitUntil(() => f.querySelector('.skeleton'), 'placeholders once the delay is over', { timeout: 2000 });
      expect(h.added[0]! - h.start, 'not before the delay').to.be.at.least(PLACEHOLDER_DELAY_MS);
      expect(f.querySelectorAll('.skeleton').length).to.be.at.least(3);
      expect(frame(h.el), 'the same frame').to.equal(f);
      expect(f.getBoundingClientRect().height, 'nothing moved').to.equal(before);
      h.stop();
      h.answer(china);
      await waitUntil(() => h.ready.length === 1, 'ready');
    });

    it(`${tag}: data within the delay goes straight to the chart: no placeholder ever drawn, no update after ready`, async () => {
      const h = held(tag, props);
      await h.el.updateComplete;
      h.observe();
      await pause(PLACEHOLDER_DELAY_MS / 4);
      h.answer(china);
      await waitUntil(() => h.ready.length === 1, 'ready');
      await settled(h.el);
      const changes = h.changes();
      let updates = 0;
      const request = h.el.requestUpdate;
      h.el.requestUpdate = function (...args) {
        updates++;
        return request.apply(this, args);
      };
      // Past the time the placeholders would have come: the timer was stopped, and the chart is left alone (60
      // widgets each rendering again for nothing would be 60 updates in one task).
      await pause(PLACEHOLDER_DELAY_MS * 1.5);
      expect(h.added, 'placeholders drawn').to.deep.equal([]);
      expect(h.changes(), 'changes to the shadow root after ready').to.equal(changes);
      expect(updates, 'updates requested after ready').to.equal(0);
      h.stop();
    });

    // This test asserted the opposite until a live page's review: given a new src once ready, a widget went back to
    // its (empty) loading frame, a blank box in place of the chart for as long as the request took, every minute of a
    // live blog's polling. It now keeps its chart until the new one is drawn.
    it(`${tag}: moved while loading, it waits afresh (empty frame first); given a new src once ready, it keeps its chart until the new one is drawn`, async () => {
      const h = held(tag, props);
      await h.el.updateComplete;
      // Moved before the delay: the timer stops with the disconnection and starts again with the connection.
      await pause(PLACEHOLDER_DELAY_MS / 2);
      const moved = performance.now();
      h.wrapper.append(h.el);
      h.observe();
      await waitUntil(() => frame(h.el)?.querySelector('.skeleton'), 'placeholders after the move', { timeout: 2000 });
      expect(h.added[0]! - moved, 'the delay timed from the move').to.be.at.least(PLACEHOLDER_DELAY_MS - 1);
      h.answer(china);
      await waitUntil(() => h.ready.length === 1, 'ready');
      await settled(h.el);
      // A new document to load (a live page's next poll): the chart stays, unchanged, through the wait and past the delay.
      const chart = h.el.shadowRoot!.querySelector('[part~="frame"]')!;
      const height = h.el.getBoundingClientRect().height;
      const changes = h.changes();
      const added = h.added.length;
      h.el.src = `/held-again-${Math.random()}.json`;
      await h.el.updateComplete;
      await pause(PLACEHOLDER_DELAY_MS * 1.5);
      expect(frame(h.el), 'no loading box').to.equal(null);
      expect(h.el.shadowRoot!.querySelector('[part~="frame"]'), 'the same chart').to.equal(chart);
      expect([h.changes(), h.added.length], 'nothing redrawn, no placeholder').to.deep.equal([changes, added]);
      expect(h.el.getBoundingClientRect().height, 'nothing moved').to.equal(height);
      expect(h.ready, 'no event for the wait').to.have.length(1);
      // Then the new document replaces it, announced as any new document is.
      h.answer(structuredClone(china));
      await waitUntil(() => h.ready.length === 2, 'ready again');
      h.stop();
    });

    it(`${tag}: a new src that fails keeps the chart, says why in its footer and in a peakline-error; the next good one clears it`, async () => {
      const h = held(tag, props);
      h.answer(china);
      await waitUntil(() => h.ready.length === 1, 'ready');
      const chart = h.el.shadowRoot!.querySelector('[part~="frame"]')!;
      const note = () => h.el.shadowRoot!.querySelector('[part~="stale"]');
      expect(note()).to.equal(null);
      h.el.src = `/held-poll-${Math.random()}.json`;
      await h.el.updateComplete;
      // New data that is not valid: the validator's first problem.
      h.answer({ formatVersion: 1 });
      await waitUntil(() => h.errors.length === 1, 'peakline-error');
      await h.el.updateComplete;
      expect(box(h.el), 'no error box').to.equal(null);
      expect(h.el.shadowRoot!.querySelector('[part~="frame"]'), 'the same chart').to.equal(chart);
      expect(note()!.getAttribute('role')).to.equal('status');
      expect(note()!.closest('[part~="footer"]')).to.exist;
      expect(note()!.textContent).to.match(/^Not updated: /);
      // With its JSON path, as the error box gives it: "is required" alone would not say what is missing.
      expect(note()!.textContent).to.equal('Not updated: policy: is required');
      expect(h.errors[0]!.detail.problems[0]).to.deep.include({ path: 'policy', message: 'is required' });
      // A failure to load (the network), said in the widget's language, as the error box says one.
      h.el.lang = 'zh';
      window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
      h.el.src = `/failed-poll-${Math.random()}.json`;
      await waitUntil(() => h.errors.length === 2, 'peakline-error again');
      await h.el.updateComplete;
      expect(note()!.textContent).to.match(/^未更新：/);
      expect(h.errors[1]!.detail.problems[0]!.status).to.equal(0);
      // The next poll that loads draws its document, without the note, and is announced as ready.
      const requests = holdFetch();
      h.el.src = `/held-poll-${Math.random()}.json`;
      await waitUntil(() => requests.length === 1);
      expect(note(), 'kept while the next poll loads').to.exist;
      requests[0]!.json(china);
      await waitUntil(() => h.ready.length === 2, 'ready again');
      await h.el.updateComplete;
      expect(note()).to.equal(null);
    });

    it(`${tag}: given a new src once its data failed, it shows its loading box (an error box is no chart to keep)`, async () => {
      const h = held(tag, props);
      h.answer({ formatVersion: 1 });
      await waitUntil(() => h.errors.length === 1, 'error');
      h.el.src = `/held-again-${Math.random()}.json`;
      await h.el.updateComplete;
      expect(frame(h.el), 'loading').to.exist;
      h.answer(china);
      await waitUntil(() => h.ready.length === 1, 'ready');
    });
  }
});

describe('source links in the footer', () => {
  it('at 200% text a title\'s closing bracket stays on the line of the text before it, at any column width', async () => {
    // A phone review: "(climatecooperation.cn" then ")" alone on the next line at 318 px: the frame's overflow-wrap:
    // anywhere broke the domain, wider than the line, at its last fitting character.
    for (const tag of ['peakline-gauge', 'peakline-trajectory']) {
      const { el, wrapper, ready } = create(tag, { data: china, target: ENERGY });
      el.style.cssText = '--peakline-font-size:32px;font-family:serif';
      await waitUntil(() => ready.length > 0, `${tag} ready`);
      const link = el.shadowRoot!.querySelector('.footer a')!;
      expect(link.textContent, tag).to.match(/\(climatecooperation\.cn\)$/);
      const texts: Text[] = [];
      const walk = document.createTreeWalker(link, NodeFilter.SHOW_TEXT);
      while (walk.nextNode()) if ((walk.currentNode as Text).length) texts.push(walk.currentNode as Text);
      /** The box of the link's `k`-th character from its end (1: the last). */
      const char = (k: number) => {
        let [i, n] = [texts.length - 1, k];
        while (n > texts[i]!.length) n -= texts[i--]!.length;
        const range = document.createRange();
        range.setStart(texts[i]!, texts[i]!.length - n);
        range.setEnd(texts[i]!, texts[i]!.length - n + 1);
        return range.getBoundingClientRect();
      };
      const alone: number[] = [];
      for (let width = 260; width <= 380; width++) {
        wrapper.style.width = `${width}px`;
        if (char(1).top > char(2).top + 2) alone.push(width);
      }
      expect(alone, `${tag}: widths where ")" began a line`).to.deep.equal([]);
    }
  });
});
