import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { styleMap } from '../base/style-map.js';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import china from '../../data/cn-industry-carbon-peaking-2022.json';
import demo from '../../data/illustrative-demo.json';
import eu from '../../data/eu-climate-law-2021.json';
import type { PeaklineSectors } from './sectors.js';
import { manyTargets } from './test-doc.js';
import { holdFetch } from '../../stories/hold-fetch.js';
import { expectTheme } from '../../stories/expect-theme.js';
import { statesDocument } from '../../stories/illustrative-states.js';
import { messages } from '../i18n/messages.js';
import { toLang } from '../i18n/lang.js';
import { sectorsMessages } from './messages.js';

/** The EU document with its three targets taken out: a valid document whose panel has no rows at all. */
const noTargets = { ...eu, targets: [] };

const DATASETS = { china, demo, eu, forty: manyTargets(40), states: statesDocument, none: noTargets } as const;
type DatasetKey = keyof typeof DATASETS | 'bad';

interface Args {
  dataset: DatasetKey;
  sectors: string;
  indicator: string;
  targets: string;
  layout: 'bars' | 'dots';
  sort: 'status' | 'progress' | 'name' | 'data';
  selected: string;
  rows: number | undefined;
  method: '' | 'path' | 'rate' | 'extrapolation';
  asOf: number | undefined;
  headingLevel: '' | '1' | '2' | '3' | '4' | '5' | '6';
  theme: '' | 'light' | 'dark' | 'auto';
  lang: '' | 'en' | 'zh';
  width: string;
  src: string;
  onSelect: (e: CustomEvent<{ targetId: string }>) => void;
}

/** A URL whose answer never comes (the Loading story holds its fetch, as the gauge's does). */
const SLOW_URL = 'https://peakline.invalid/slow/sectors-policy.json';

const dataFor = (key: DatasetKey): unknown => (key === 'bad' ? { formatVersion: 1, policy: { id: 'Bad Id' }, targets: 'none' } : DATASETS[key]);

const meta: Meta<Args> = {
  title: 'Widgets/Sectors',
  tags: ['autodocs'],
  component: 'peakline-sectors',
  parameters: {
    docs: {
      description: {
        component: `Every sector's targets on one unit-free scale: the share of the way from baseline (0%) to target (100%), with a dashed tick where each should be by now. A value gone the wrong way runs left of 0% and is hatched, as in the gauge, so lost ground does not read as progress. Readers see which sectors are ahead and which are behind; rows without data say "no data yet" and sort last. Sort with the control (announced to screen readers); select a row with a click, Enter or Space to fire \`peakline-select\` with \`{targetId}\`.

Copy-paste embed:

\`\`\`html
<script type="module" src="https://your.cdn/peakline/dist/peakline.js"></script>
<!-- two kinds of widget: peakline.js has every one (peakline-sectors.js carries the panel alone) -->
<peakline-sectors src="/data/cn-industry-carbon-peaking-2022.json" sectors="steel,building-materials" layout="bars" sort="status"></peakline-sectors>
<peakline-gauge src="/data/cn-industry-carbon-peaking-2022.json" target="clinker-capacity-2025"></peakline-gauge>
<script>
  document.querySelector('peakline-sectors').addEventListener('peakline-select', (e) => {
    document.querySelector('peakline-gauge').target = e.detail.targetId;
  });
</script>
\`\`\``,
      },
    },
  },
  argTypes: {
    dataset: { control: 'select', options: ['china', 'demo', 'eu', 'forty', 'states', 'none', 'bad'], description: 'Which built-in dataset (set as the `data` property): `states` is the demo with targets achieved late, no longer met, a limit, a long title and a turned peak (stories/illustrative-states.ts); `none` the EU document without its targets' },
    sectors: { control: 'text', description: 'Comma-separated sector ids; narrows the rows' },
    indicator: { control: 'text', description: 'Comma-separated indicator ids; narrows the rows' },
    targets: { control: 'text', description: 'Comma-separated target ids; narrows the rows' },
    layout: { control: 'inline-radio', options: ['bars', 'dots'], description: 'Bullet bars (default) or arrows from baseline to now' },
    sort: { control: 'select', options: ['status', 'progress', 'name', 'data'], description: 'Row order; status puts the most behind first; progress the least of the way first, then peak targets (time elapsed, not progress), most behind first' },
    selected: { control: 'text', description: 'Id of the selected target (its row is aria-selected)' },
    rows: { control: { type: 'number', min: 1, max: 40 }, description: 'Rows to reserve while loading' },
    method: { control: 'select', options: ['', 'path', 'rate', 'extrapolation'], description: 'Assessment method for every row (`method` attribute); empty = each target’s own, else extrapolation' },
    asOf: { control: { type: 'number', min: 1990, max: new Date().getUTCFullYear() }, description: 'Show the state as it was in this year (`as-of` attribute; a later year is an error)' },
    headingLevel: { control: 'select', options: ['', '1', '2', '3', '4', '5', '6'], description: 'Make the title a heading of this level (`heading-level` attribute); empty = no heading' },
    theme: { control: 'select', options: ['', 'light', 'dark', 'auto'], description: 'Widget theme (`theme` attribute); empty = the toolbar’s' },
    lang: { control: 'select', options: ['', 'en', 'zh'], description: 'Language (`lang` attribute); empty = inherited from the page (the toolbar’s)' },
    width: { control: 'text', description: 'Width of the column the panel sits in (story only)' },
    src: { control: false, table: { disable: true } },
    onSelect: { action: 'peakline-select', table: { disable: true } },
  },
  args: {
    dataset: 'china',
    sectors: '',
    indicator: '',
    targets: '',
    layout: 'bars',
    sort: 'status',
    selected: '',
    rows: undefined,
    method: '',
    asOf: undefined,
    headingLevel: '',
    theme: '',
    lang: '',
    width: '720px',
    src: '',
    onSelect: fn(),
  },
  render: (args, context) => html`<div style=${styleMap({ width: args.width, 'max-width': '100%' })}>
    <peakline-sectors
      .data=${args.src ? undefined : dataFor(args.dataset)}
      src=${args.src || nothing}
      theme=${args.theme || (context.globals.theme as string | undefined) || 'light'}
      lang=${args.lang || nothing}
      sectors=${args.sectors || nothing}
      indicator=${args.indicator || nothing}
      targets=${args.targets || nothing}
      layout=${args.layout}
      sort=${args.sort}
      selected=${args.selected || nothing}
      rows=${args.rows ?? nothing}
      method=${args.method || nothing}
      as-of=${args.asOf ?? nothing}
      heading-level=${args.headingLevel || nothing}
      @peakline-select=${args.onSelect}
    ></peakline-sectors>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

const panel = (canvasElement: HTMLElement) => canvasElement.querySelector('peakline-sectors') as PeaklineSectors;
const rowsReady = async (el: PeaklineSectors) => {
  await waitFor(() => expect(el.shadowRoot?.querySelectorAll('li.row').length ?? 0).toBeGreaterThan(0));
  return [...el.shadowRoot!.querySelectorAll<HTMLLIElement>('li.row')];
};

/** The language the panel is drawn in: its own `lang`, else the page's (the toolbar's), as it reads it. */
const panelLang = (el: PeaklineSectors) => toLang(el.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang);

/**
 * The real China plan: seven targets, the three headline ones (no sector) under "All sectors", four honestly without
 * data yet. It follows the toolbar's language; its play function only checks the controls, so it opens as a reader
 * first sees it (sorted by status, nothing focused). Re-sorting is the next story.
 */
export const ChinaAllSectors: Story = {
  play: async ({ canvasElement, step, argTypes }) => {
    const el = panel(canvasElement);
    await rowsReady(el);
    await step('The sort and rows controls are attributes, not the CSS parts of the same name', async () => {
      // The inferred argTypes hold the manifest's parts too, which Args does not list.
      const all = argTypes as Record<string, { control?: unknown; table?: { category?: string } } | undefined>;
      for (const name of ['sort', 'rows']) {
        await expect(all[name]?.table?.category).toBe('attributes');
        await expect(all[name]?.control).not.toBe(false);
      }
      await expect(all['::part(sort)']?.table?.category).toBe('css shadow parts');
    });
  },
};

/**
 * The same panel after a reader picked "Progress (least first)" in the sort control: the rows re-order, and the new order
 * is announced to screen readers ("Sorted by progress (least first)", in the toolbar's language). The control keeps the
 * focus, as after a reader's choice.
 */
export const ChinaSortedByProgress: Story = {
  name: 'China sorted by progress (from the control)',
  play: async ({ canvasElement }) => {
    const el = panel(canvasElement);
    await rowsReady(el);
    const select = el.shadowRoot!.querySelector('select')!;
    await userEvent.selectOptions(select, 'progress');
    await expect(el.sort).toBe('progress');
    const sm = sectorsMessages(panelLang(el));
    await waitFor(() => expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).toBe(sm.sorted(sm.sort.progress)));
  },
};

/**
 * `sort="name"`: the rows in alphabetical order of their sector's name ("All sectors", "Building materials", "Steel"),
 * then of their titles within a sector, those without data last; the sort control shows "Sector, then name (A–Z)", as after a
 * reader's choice.
 */
export const ChinaSortedByName: Story = {
  name: 'China sorted by name',
  args: { sort: 'name' },
  play: async ({ canvasElement }) => {
    const el = panel(canvasElement);
    await rowsReady(el);
    await expect(el.shadowRoot!.querySelector('select')!.value).toBe('name');
  },
};

/** `sectors="building-materials"` narrows the rows. */
export const ChinaBuildingMaterials: Story = { args: { sectors: 'building-materials' } };

/** The illustrative demo: every status and kind of goal, as bullet bars. */
export const IllustrativeEveryStatus: Story = {
  args: { dataset: 'demo' },
  play: async ({ canvasElement, args }) => {
    const el = panel(canvasElement);
    const rows = await rowsReady(el);
    rows[1]!.focus();
    await userEvent.keyboard('{Enter}');
    await expect(args.onSelect).toHaveBeenCalledTimes(1);
    const event = (args.onSelect as unknown as { mock: { calls: [CustomEvent<{ targetId: string }>][] } }).mock.calls[0]![0];
    await expect(event.detail.targetId).toBe(rows[1]!.dataset.target);
    await waitFor(() => expect(el.shadowRoot!.querySelector('[aria-selected="true"]')).not.toBeNull());
  },
};

/** The same as arrows from baseline to the latest value. */
export const IllustrativeDots: Story = { args: { dataset: 'demo', layout: 'dots' } };

/**
 * The demo with four more illustrative targets: one achieved late, one achieved and no longer met (both in the achieved
 * colour, each named), a limit ("82% of the headroom used") and a long title.
 */
export const IllustrativeMoreStates: Story = {
  args: { dataset: 'states' },
  play: async ({ canvasElement }) => {
    const el = panel(canvasElement);
    await rowsReady(el);
    const m = messages(panelLang(el));
    const names = [...el.shadowRoot!.querySelectorAll('[part~="status"]')].map((s) => s.textContent!.trim());
    await expect(names).toContain(m.achievedLate);
    await expect(names).toContain(m.achievedKept);
  },
};

/** A second real policy: the European Climate Law. */
export const EU: Story = { args: { dataset: 'eu' } };

/**
 * The European Climate Law as of 2015 (`as-of="2015"`): observations after 2015 are ignored, so the row shows the state
 * a reader would have seen with 2015's data.
 */
export const EUAsOf2015: Story = {
  name: 'EU as of 2015',
  args: { dataset: 'eu', asOf: 2015 },
  play: async ({ canvasElement }) => {
    const el = panel(canvasElement);
    const [row] = await rowsReady(el);
    await expect(row!.textContent).toMatch(/2015/);
    await expect(el.shadowRoot!.querySelector('[role="alert"]')).toBeNull();
  },
};

/** The China plan in Chinese, from the element's own `lang` (the page's language, the toolbar's, is used when it has none). */
export const ChineseLanguage: Story = { args: { lang: 'zh' } };

/** The illustrative demo's arrows in Chinese: every status name and the legend of both layouts' marks. */
export const ChineseDots: Story = { args: { dataset: 'demo', layout: 'dots', lang: 'zh' } };

// ---- Dark theme ------------------------------------------------------------------------------
// These set the toolbar's theme to dark for the story, so the page around the panel is dark too (the element's `theme`
// follows it); the Theme control sets the panel alone, as on a light page.

/** The illustrative demo in the dark theme: every status colour, peak rows and lost ground, on a dark page. */
export const Dark: Story = {
  args: { dataset: 'demo' },
  globals: { theme: 'dark' },
  play: ({ canvasElement }) => expectTheme(canvasElement, 'peakline-sectors', 'dark'),
};

/** The China plan in the dark theme, as arrows. */
export const DarkChinaDots: Story = {
  args: { layout: 'dots' },
  globals: { theme: 'dark' },
  play: ({ canvasElement }) => expectTheme(canvasElement, 'peakline-sectors', 'dark'),
};

/** Forty generated targets (invented values) across four sectors. */
export const FortyRows: Story = { args: { dataset: 'forty' } };

/** One row: no sort control. */
export const OneRow: Story = { args: { sectors: 'steel' } };

/**
 * A peak row alone, its peak not in sight: the scale ends at its target, and the ▶ past the scale's end stands clear of
 * the target tick (it sat on it, an arrow-headed tick).
 */
export const OnePeakRow: Story = { args: { dataset: 'demo', targets: 'transport-energy-peak-2030', width: '480px' } };

/** A 280 px column: labels wrap and each row stacks, label above the bar. */
export const Narrow: Story = { args: { dataset: 'demo', width: '280px' } };

/** A wide column: label, bar and status side by side. */
export const Wide: Story = { args: { dataset: 'demo', width: '1100px', layout: 'dots' } };

/** On a right-to-left page (`dir="rtl"`): the panel keeps its left-to-right scale (0% left of 100%) and layout. */
export const RightToLeftPage: Story = {
  args: { dataset: 'demo' },
  decorators: [(story) => html`<div dir="rtl"><p>نص المقال قبل الرسم البياني.</p>${story()}</div>`],
  play: async ({ canvasElement }) => {
    const el = panel(canvasElement);
    await rowsReady(el);
    await expect(getComputedStyle(el.shadowRoot!.querySelector('[part~="frame"]')!).direction).toBe('ltr');
  },
};

/**
 * The reserved box while data loads (here a request that never answers; after the loader's
 * 10 s timeout the panel shows the timeout error): the frame alone for the first 200 ms, then placeholders. `rows` sets
 * how many rows to reserve.
 */
export const Loading: Story = {
  args: { src: SLOW_URL, rows: 6 },
  beforeEach: holdFetch(SLOW_URL),
};

/**
 * Loading with `reserve`, as the embed builder writes it (here the README's example, "79.3 72 61 46.5 54.7 44.6": the
 * panel's height in em at six widths; the builder measures each panel's own): the box is reserved from these rather
 * than estimated from `rows`.
 */
export const LoadingReserved: Story = {
  args: { src: SLOW_URL },
  beforeEach: holdFetch(SLOW_URL),
  render: (args, context) => html`<div style=${styleMap({ width: args.width, 'max-width': '100%' })}>
    <peakline-sectors src=${args.src} reserve="79.3 72 61 46.5 54.7 44.6" lang=${args.lang || nothing} theme=${args.theme || (context.globals.theme as string | undefined) || 'light'}></peakline-sectors>
  </div>`,
};

/** An invalid document: every problem listed with its JSON path. */
export const ErrorBadDocument: Story = { args: { dataset: 'bad' } };

/** A valid document without targets (the EU's, its three taken out): the panel says so ("This dataset has no targets."). */
export const NoTargets: Story = { args: { dataset: 'none' } };

/** The panel's error box, once drawn: the text of each problem listed. */
const problemsOf = async (el: PeaklineSectors) => {
  await waitFor(() => expect(el.shadowRoot?.querySelector('[role="alert"]')).not.toBeNull());
  return [...el.shadowRoot!.querySelectorAll('[part~="problems"] li')].map((li) => li.textContent!);
};

/** The panel with China's plan and one attribute written as an editor might (`attribute`: its name and value). */
const panelWith = (name: 'rows' | 'target' | 'sectors', value: string) => (args: Args, context: { globals: Record<string, unknown> }) =>
  html`<div style=${styleMap({ width: args.width, 'max-width': '100%' })}>
    <peakline-sectors
      .data=${china}
      rows=${name === 'rows' ? value : nothing}
      target=${name === 'target' ? value : nothing}
      sectors=${name === 'sectors' ? value : nothing}
      lang=${args.lang || nothing}
      theme=${args.theme || (context.globals.theme as string | undefined) || 'light'}
    ></peakline-sectors>
  </div>`;

/** `rows="abc"`: not a number of rows to reserve; said as an error, rather than reserving a guess. */
export const ErrorBadRows: Story = {
  render: panelWith('rows', 'abc'),
  play: async ({ canvasElement }) => {
    const [problem] = await problemsOf(panel(canvasElement));
    await expect(problem).toContain('rows="abc"');
  },
};

/**
 * A gauge's `target="clinker-capacity-2025"` on a sector panel, which has no such attribute (it would otherwise show every
 * target, silently): the error says to write `targets="clinker-capacity-2025"` instead.
 */
export const ErrorTargetAttribute: Story = {
  render: panelWith('target', 'clinker-capacity-2025'),
  play: async ({ canvasElement }) => {
    const [problem] = await problemsOf(panel(canvasElement));
    await expect(problem).toContain('targets="clinker-capacity-2025"');
  },
};

/** `sectors="steal"`: no sector has that id; the error names it and the id it probably meant, "steel". */
export const ErrorUnknownSector: Story = {
  render: panelWith('sectors', 'steal'),
  play: async ({ canvasElement }) => {
    const [problem] = await problemsOf(panel(canvasElement));
    await expect(problem).toContain('steal');
    await expect(problem).toMatch(/"steel"|“steel”/);
  },
};

/**
 * A filter that matches nothing says so, by the names of what it asked for ("No targets listed for Petrochemicals and
 * chemicals"), and cites the plan, where a reader can check what it sets (an unknown id would be an error naming it).
 */
export const NoMatchingRows: Story = {
  args: { sectors: 'petrochemicals' },
  play: async ({ canvasElement }) => {
    const el = panel(canvasElement);
    const lang = panelLang(el);
    await waitFor(() => expect(el.shadowRoot?.querySelector('[part~="empty"]')?.textContent).toBe(sectorsMessages(lang).noRows(lang === 'zh' ? '石化化工' : 'Petrochemicals and chemicals')));
    await expect(el.shadowRoot!.querySelectorAll('[part~="footer"] a[part~="source"]')).toHaveLength(1);
  },
};
