import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { styleMap } from '../base/style-map.js';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import china from '../../data/cn-industry-carbon-peaking-2022.json';
import demo from '../../data/illustrative-demo.json';
import eu from '../../data/eu-climate-law-2021.json';
import type { PeaklineGauge } from './gauge.js';
import { expectStatus } from '../../stories/expect-status.js';
import { expectTheme } from '../../stories/expect-theme.js';
import { answerFetches, holdFetch, jsonAnswer, thenSrc } from '../../stories/hold-fetch.js';
import { expectKept } from '../../stories/expect-kept.js';
import { messages } from '../i18n/messages.js';
import { toLang } from '../i18n/lang.js';
import { statesDocument } from '../../stories/illustrative-states.js';

/**
 * A realistic broken document, as a CMS editor might save it: a year typed as text, a misspelt
 * goal kind, and a value pasted with quotes. The gauge lists all three with their JSON paths.
 */
const badDocument = (() => {
  const doc = JSON.parse(JSON.stringify(china)) as {
    targets: { id: string; baseline: { year: unknown }; goal: { kind: unknown } }[];
    observations: { indicator: string; year: number; value: unknown }[];
  };
  const energy = doc.targets.find((t) => t.id === 'industrial-energy-intensity-2025')!;
  energy.baseline.year = '2020';
  doc.targets.find((t) => t.id === 'steel-scrap-capacity-2025')!.goal.kind = 'absolut';
  doc.observations.find((o) => o.indicator === 'industrial-energy-intensity-index' && o.year === 2022)!.value = '93.2';
  return doc;
})();

/**
 * A limit (illustrative, like the demo it is made from): the demo's transport CO₂, 40 Mt in 2015, against "at most 45 Mt
 * by 2030", a ceiling its baseline already meets. 44.1 Mt in 2024 has used 82% of the room; at its pace since 2015 it
 * would pass 45 before 2030.
 */
const limitDocument = (() => {
  const doc = JSON.parse(JSON.stringify(demo)) as { targets: { id: string; label: { en: string; zh: string }; goal: object; note: object }[] };
  const t = doc.targets.find((x) => x.id === 'transport-co2-30-2030')!;
  t.id = 'transport-co2-limit-45-2030';
  t.label = { en: 'Transport CO₂ at most 45 Mt by 2030', zh: '到2030年交通二氧化碳排放不超过4500万吨' };
  t.goal = { kind: 'absolute', value: 45, comparison: 'at-most', year: 2030 };
  t.note = { en: 'Illustrative: a ceiling above the baseline (a limit to stay within).', zh: '示例：高于基准值的上限（不可越过的限度）。' };
  return doc;
})();

const DATASETS = { china, demo, eu, bad: badDocument, limit: limitDocument, states: statesDocument } as const;

/** A URL whose answer never comes (the Loading story holds its fetch). */
const SLOW_URL = 'https://peakline.invalid/slow/policy.json';
/** A live page's src, and the next one it polls, which fails (the Update failed story answers both). */
const LIVE_URL = 'https://peakline.invalid/live/gauge-policy.json';
const LIVE_NEXT_URL = 'https://peakline.invalid/live/gauge-policy-next.json';
/** A server too busy to answer, as a live page's poll may meet. */
const unavailable = () => new Response('Service Unavailable', { status: 503, statusText: 'Service Unavailable', headers: { 'content-type': 'text/plain' } });

interface Args {
  dataset: keyof typeof DATASETS;
  target: string;
  method: '' | 'path' | 'rate' | 'extrapolation';
  asOf: number | undefined;
  headingLevel: '' | '1' | '2' | '3' | '4' | '5' | '6';
  variant: 'arc' | 'bar';
  theme: '' | 'light' | 'dark' | 'auto';
  lang: '' | 'en' | 'zh';
  width: string;
  src: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/Gauge',
  tags: ['autodocs'],
  component: 'peakline-gauge',
  parameters: {
    docs: {
      description: {
        component: `One policy target at a glance, for a news article, a briefing or a dashboard tile: how far the indicator has moved from its baseline towards the target, where the required path says it should be by now, and a status in words that never relies on colour alone.

- **Arc** (default): a half ring from the baseline (left end) to the target (right end). The fill is the way covered so far, in the status colour; the dashed tick is where the required path stands now; thin ticks are interim milestones. When a value lies beyond the target or runs the wrong way, the scale widens (to at most −50 % … 150 %) and says so; ground lost runs back from the baseline tick, hatched and pointed the way it went, and "Baseline" joins the legend.
- **Bar** (\`variant="bar"\`): the same on one line, for narrow columns and tables.
- **Peak targets** measure time: the fill runs from the baseline year to the latest year, and the dashed tick is the projected peak year (past the right end: later than the deadline).
- Below the chart: the headline change, the status with its icon, the year it is "as of", the sources of the target and the data, an *Illustrative data* badge where values are invented, and **How is this calculated?** with the method, its formula and the numbers.

Give it data in any of four ways: the \`data\` property, an inline \`<script type="application/json">\` child, a \`src\` URL (requests for one URL are shared by all widgets on the page), or a surrounding \`<peakline-data src>\`. Bad data never breaks the page: the gauge lists every problem with its JSON path and fires \`peakline-error\`.

Copy and paste:

\`\`\`html
<script type="module" src="https://your.cdn/peakline/dist/peakline-gauge.js"></script>
<!-- peakline-gauge.js carries this widget only; peakline.js has every widget -->
<peakline-gauge src="https://example.org/data/cn-industry-carbon-peaking-2022.json" target="industrial-energy-intensity-2025"></peakline-gauge>
\`\`\``,
      },
    },
  },
  argTypes: {
    dataset: { control: 'select', options: ['china', 'demo', 'eu', 'bad', 'limit', 'states'], description: 'Built-in dataset, set as the `data` property (story only): `china` the industrial plan, `demo` illustrative values, `eu` the European Climate Law (set `target` to one of its ids), `bad` a document with three faults, `limit` the demo with a ceiling above its baseline, `states` the demo with targets achieved late, no longer met, a limit and a long title (stories/illustrative-states.ts)' },
    target: { control: 'text', description: 'Id of the target to show (`target` attribute)' },
    method: { control: 'select', options: ['', 'path', 'rate', 'extrapolation'], description: 'Assessment method (`method` attribute); empty = the target’s own, else extrapolation' },
    asOf: { control: { type: 'number', min: 1990, max: new Date().getUTCFullYear() }, description: 'Show the state as it was in this year (`as-of` attribute; a later year is an error)' },
    variant: { control: 'inline-radio', options: ['arc', 'bar'], description: '`arc` (half ring) or `bar` (one line) (`variant` attribute)' },
    headingLevel: { control: 'select', options: ['', '1', '2', '3', '4', '5', '6'], description: 'Make the title a heading of this level (`heading-level` attribute), for the article’s outline; empty = no heading' },
    theme: { control: 'select', options: ['', 'light', 'dark', 'auto'], description: 'Widget theme (`theme` attribute); empty = the toolbar’s' },
    lang: { control: 'select', options: ['', 'en', 'zh'], description: 'Language (`lang` attribute); empty = inherited from the page (the toolbar’s)' },
    width: { control: 'text', description: 'Width of the column the gauge sits in (story only)' },
    src: { control: false, table: { disable: true } },
  },
  args: {
    dataset: 'china',
    target: 'industrial-energy-intensity-2025',
    method: '',
    asOf: undefined,
    headingLevel: '',
    variant: 'arc',
    theme: '',
    lang: '',
    width: '360px',
    src: '',
  },
  render: (args, context) => html`<div style=${styleMap({ width: args.width, 'max-width': '100%' })}>
    <peakline-gauge
      .data=${args.src ? undefined : DATASETS[args.dataset]}
      src=${args.src || nothing}
      target=${args.target}
      method=${args.method || nothing}
      as-of=${args.asOf ?? nothing}
      heading-level=${args.headingLevel || nothing}
      variant=${args.variant}
      lang=${args.lang || nothing}
      theme=${args.theme || (context.globals.theme as string | undefined) || 'light'}
    ></peakline-gauge>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

const demoTarget = (target: string): Partial<Args> => ({ dataset: 'demo', target });

/** China's industrial energy intensity (derived from official percentages, 2020–2022): −6.8 % of a −13.5 % cut by 2025. */
export const ChinaEnergyIntensity: Story = {};

/**
 * A second real policy: the European Climate Law's −55 % net greenhouse-gas emissions by 2030 against 1990 (a relative
 * goal). The data are a stand-in, Climate Watch's series as Our World in Data publishes it, not the EU's own
 * inventory, so the status says "indicative" and the note says why.
 */
export const EUNetGHG: Story = {
  name: 'EU net GHG −55% by 2030',
  args: { dataset: 'eu', target: 'net-ghg-minus-55-by-2030' },
};

/**
 * Keyboard: the "How is this calculated?" disclosure is a native `<summary>` (Tab reaches it;
 * Enter or Space opens it). The play function focuses it as Tab would and presses Enter.
 * Storybook's `userEvent` sends synthetic key events, which do not run a `<summary>`'s built-in
 * activation, so the click a real Enter key makes is replayed; real key presses are tested in
 * src/gauge/gauge.browser.test.ts (web-test-runner `sendKeys`).
 * The widget is pinned to English (`lang="en"`), so the texts the play function looks for do not follow the toolbar's language.
 */
export const HowIsThisCalculated: Story = {
  args: { lang: 'en' },
  play: async ({ canvasElement }) => {
    const host = canvasElement.querySelector('peakline-gauge') as PeaklineGauge;
    await waitFor(() => expect(host.shadowRoot?.querySelector('details')).not.toBeNull());
    const gauge = within(host.shadowRoot as unknown as HTMLElement);
    const summary = gauge.getByText('How is this calculated?');
    const details = summary.closest('details')!;
    summary.focus();
    await expect(host.shadowRoot!.activeElement).toBe(summary);
    await userEvent.keyboard('{Enter}');
    if (!details.open) summary.click(); // what the browser does for a real Enter on a <summary>
    await waitFor(() => expect(details.open).toBe(true));
    const explanation = gauge.getByText(/Q = \(projected − baseline\) ÷ \(target − baseline\) = 1\.20/);
    await expect(explanation).toBeVisible();
  },
};

// ---- One story per status (illustrative data) ----------------------------------------------

/**
 * Achieved: industry CO₂ peaked in 2019, before its 2025 deadline (the same target as Kind Peak; it is the demo's only
 * achieved one). The play function checks the status, so this story cannot silently stop being "Achieved".
 */
export const StatusAchieved: Story = {
  args: demoTarget('industry-co2-peak-2025'),
  play: ({ canvasElement }) => expectStatus(canvasElement, 'peakline-gauge', 'achieved'),
};
/** On track: power-sector CO₂ has covered 76 % of the way with 68 % due by 2024 (on the required path of a constant yearly rate, the default method's). */
export const StatusOnTrack: Story = {
  args: demoTarget('power-co2-minus-50-2030'),
  play: async ({ canvasElement }) => {
    await expectStatus(canvasElement, 'peakline-gauge', 'on-track');
    // The figures this story's description gives (it said 60 % due, the path method's figure), in either language.
    const text = canvasElement.querySelector('peakline-gauge')!.shadowRoot!.textContent!;
    await expect(text).toMatch(/76%/);
    await expect(text).toMatch(/68%/);
    await expect(text).not.toMatch(/60%/);
  },
};
/** Needs acceleration: industry energy intensity is moving the right way, too slowly. */
export const StatusNeedsAcceleration: Story = { args: demoTarget('industry-energy-intensity-minus-30-2030') };
/** Off track: the renewable share grows far too slowly for 60 % by 2030. */
export const StatusOffTrack: Story = { args: demoTarget('renewable-electricity-60-2030') };
/** Wrong direction: transport CO₂ has risen since the baseline; the scale widens below 0. */
export const StatusWrongDirection: Story = { args: demoTarget('transport-co2-30-2030') };
/** Insufficient data: a single observation cannot show a trend. */
export const StatusInsufficientData: Story = { args: demoTarget('electrolysers-2gw-2030') };
/**
 * Achieved late (illustrative): at most 30 Mt by 2022 from 40 Mt; 33 Mt in 2022 missed the deadline, 29 Mt in 2023 met
 * it. The achieved colour and icon, named "Achieved late".
 */
export const StatusAchievedLate: Story = {
  args: { dataset: 'states', target: 'freight-co2-30-2022' },
  play: ({ canvasElement }) => expectStatus(canvasElement, 'peakline-gauge', 'achieved', 'achievedLate'),
};
/**
 * Achieved, no longer met (illustrative): the same goal met in 2022 (29 Mt), above it since (32 Mt in 2024). Achieved
 * on time, so the achieved colour, named "Achieved (no longer met)" beside a fill short of the target.
 */
export const StatusAchievedNoLongerMet: Story = {
  args: { dataset: 'states', target: 'shipping-co2-30-2022' },
  play: ({ canvasElement }) => expectStatus(canvasElement, 'peakline-gauge', 'achieved', 'achievedKept'),
};

// ---- One story per kind of goal ---------------------------------------------------------------

/** Relative: −50 % against the 2015 level by 2030. */
export const KindRelative: Story = { args: demoTarget('power-co2-minus-50-2030') };
/** Absolute, at least: a renewable share of 60 % or more by 2030. */
export const KindAbsoluteAtLeast: Story = { args: demoTarget('renewable-electricity-60-2030') };
/** Absolute, at most: transport CO₂ no higher than 30 Mt by 2030. */
export const KindAbsoluteAtMost: Story = { args: demoTarget('transport-co2-30-2030') };
/** Absolute, about: clinker capacity held at about 100 Mt (±5 %). */
export const KindAbsoluteAbout: Story = { args: demoTarget('clinker-capacity-about-100-2028') };
/** Cap: annual allowances falling to 21 Mt CO₂e in 2030; the path follows the allowances. */
export const KindCap: Story = { args: demoTarget('buildings-ghg-allowances-2030') };
/**
 * A limit: "at most 45 Mt by 2030" from 40 Mt, a ceiling the baseline already meets (illustrative). The share is of the
 * room used, 82% by 2024; at its pace since 2015 the value would pass 45 Mt by 2030, so it is off track (by `path`,
 * still within it today, on track).
 */
export const KindLimit: Story = {
  args: { dataset: 'limit', target: 'transport-co2-limit-45-2030' },
  play: async ({ canvasElement }) => {
    await expectStatus(canvasElement, 'peakline-gauge', 'off-track');
    await expect(canvasElement.querySelector('peakline-gauge')!.shadowRoot!.textContent!).toMatch(/82% of the headroom used|余量已用82%/);
  },
};
/** Peak, reached: emissions peaked in 2019, before the 2025 deadline. */
export const KindPeak: Story = { args: demoTarget('industry-co2-peak-2025') };
/** Peak, still rising: growth is not slowing, so the projected peak lies past the deadline (tick at the right end). */
export const KindPeakRising: Story = { args: demoTarget('transport-energy-peak-2030') };
/**
 * Peak, turned (illustrative): cement CO₂ rose ever more slowly to 111.7 Mt in 2023 and fell to 111.2 Mt in 2024. Growth
 * has turned below zero, so it is on track, but one lower year does not confirm a peak (two do), so not yet "Achieved":
 * the state between Kind Peak Rising and Kind Peak.
 */
export const KindPeakTurned: Story = {
  args: { dataset: 'states', target: 'cement-co2-peak-2030' },
  play: ({ canvasElement }) => expectStatus(canvasElement, 'peakline-gauge', 'on-track'),
};
/** Count with a milestone: 500 thousand heat pumps by 2032, 200 thousand by 2027 (the thin tick). */
export const KindCountWithMilestones: Story = { args: demoTarget('heat-pumps-500-2032') };

// ---- States ---------------------------------------------------------------------------------

/**
 * Loading: the request never answers; the box keeps the size the gauge will have, so the page does not jump. It is the
 * frame alone for the first 200 ms (a quick answer shows no placeholders), then placeholders for the title and the dial.
 * After the loader's 10 s timeout the gauge shows the timeout error.
 */
export const Loading: Story = {
  args: { src: SLOW_URL },
  beforeEach: holdFetch(SLOW_URL),
};

/** A document with three faults: every problem is listed with its JSON path, and nothing else is drawn. */
export const ErrorBadDocument: Story = {
  args: { dataset: 'bad' },
  play: async ({ canvasElement }) => {
    const host = canvasElement.querySelector('peakline-gauge') as PeaklineGauge;
    await waitFor(() => expect(host.shadowRoot?.querySelector('[role="alert"]')).not.toBeNull());
    const items = host.shadowRoot!.querySelectorAll('[part~="problems"] li');
    await expect(items.length).toBe(3);
  },
};

/**
 * A target id the dataset does not have (here 2030 typed for 2025): the error names it and the id it probably meant (for
 * an id like none of them, it lists the ids there are), and nothing else is drawn.
 */
export const ErrorUnknownTarget: Story = {
  args: { target: 'industrial-energy-intensity-2030' },
  play: async ({ canvasElement }) => {
    const host = canvasElement.querySelector('peakline-gauge') as PeaklineGauge;
    await waitFor(() => expect(host.shadowRoot?.querySelector('[role="alert"]')).not.toBeNull());
    const text = host.shadowRoot!.querySelector('[role="alert"]')!.textContent!;
    await expect(text).toContain('industrial-energy-intensity-2030');
    await expect(text).toContain('industrial-energy-intensity-2025');
  },
};

/**
 * Loading with `reserve`, as the embed builder writes it (here the README's example, "32.2 26.2 17.9": the text's
 * height in em at 320, 360 and 900 px; the builder measures each target's own): the box is reserved from these
 * rather than estimated, so a long title or a long status does not make the page move when the data comes.
 */
export const LoadingReserved: Story = {
  args: { src: SLOW_URL },
  beforeEach: holdFetch(SLOW_URL),
  render: (args, context) => html`<div style=${styleMap({ width: args.width, 'max-width': '100%' })}>
    <peakline-gauge src=${args.src} target=${args.target} reserve="32.2 26.2 17.9" lang=${args.lang || nothing} theme=${args.theme || (context.globals.theme as string | undefined) || 'light'}></peakline-gauge>
  </div>`,
};

/**
 * Update failed, chart kept: a live page's gauge drew China's plan from its `src`, then was given a new `src` (the next
 * version, as a page's poll asks for it) whose server answered 503. The gauge keeps the chart it drew and says why,
 * first in its footer ("Not updated: …"), rather than blanking the page for one failed poll; `peakline-error`
 * carries the problem. (The story makes both answers: Storybook serves no policy files.)
 */
export const UpdateFailedChartKept: Story = {
  name: 'Update failed, chart kept',
  args: { src: LIVE_URL },
  beforeEach: answerFetches({ [LIVE_URL]: jsonAnswer(china), [LIVE_NEXT_URL]: unavailable }),
  decorators: [thenSrc(LIVE_URL, LIVE_NEXT_URL)],
  play: ({ canvasElement }) => expectKept(canvasElement, 'peakline-gauge', '[part~="headline"]', /503 Service Unavailable/),
};

/**
 * Attributes a CMS editor mistyped: `theme="sepia"`, `method="fastest"`, `heading-level="7"`, `as-of="2150"` and
 * `variant="pie"`. Each is listed by its attribute's name with the values it takes, and nothing else is drawn (a chart
 * on a silently different method or year would mislead).
 */
export const ErrorBadAttributes: Story = {
  render: (args) => html`<div style=${styleMap({ width: args.width, 'max-width': '100%' })}>
    <peakline-gauge .data=${china} target=${args.target} theme="sepia" method="fastest" heading-level="7" as-of="2150" variant="pie" lang=${args.lang || nothing}></peakline-gauge>
  </div>`,
  play: async ({ canvasElement }) => {
    const host = canvasElement.querySelector('peakline-gauge') as PeaklineGauge;
    await waitFor(() => expect(host.shadowRoot?.querySelector('[role="alert"]')).not.toBeNull());
    const items = [...host.shadowRoot!.querySelectorAll('[part~="problems"] li')].map((li) => li.textContent!);
    await expect(items).toHaveLength(5);
    for (const [i, written] of ['theme="sepia"', 'method="fastest"', 'heading-level="7"', 'as-of="2150"', 'variant="pie"'].entries()) await expect(items[i]).toContain(written);
  },
};

/**
 * No data source: the element has a `target` but no `data` property, inline JSON, `src` or `<peakline-data>` around
 * it (a snippet pasted without its script tag's JSON, or a src left out). The error says the four ways to give it data.
 */
export const ErrorNoDataSource: Story = {
  render: (args, context) => html`<div style=${styleMap({ width: args.width, 'max-width': '100%' })}>
    <peakline-gauge target=${args.target} lang=${args.lang || nothing} theme=${args.theme || (context.globals.theme as string | undefined) || 'light'}></peakline-gauge>
  </div>`,
  play: async ({ canvasElement }) => {
    const host = canvasElement.querySelector('peakline-gauge') as PeaklineGauge;
    await waitFor(() => expect(host.shadowRoot?.querySelector('[role="alert"]')).not.toBeNull());
    const lang = toLang(host.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang);
    await expect(host.shadowRoot!.querySelector('[role="alert"]')!.textContent).toContain(messages(lang).states.load.none());
  },
};

/** China's steel scrap target: the plan has a number, the statistics do not yet. */
export const NoData: Story = { args: { target: 'steel-scrap-capacity-2025' } };

// ---- Variants and sizes ---------------------------------------------------------------------

/** The half ring (default). */
export const ArcVariant: Story = { args: { variant: 'arc' } };
/** The one-line bar, for tables and narrow columns. */
export const BarVariant: Story = { args: { variant: 'bar', width: '520px' } };
/** A 260 px column: the ring shrinks, text wraps, nothing is cut off. */
export const Narrow: Story = { args: { width: '260px' } };
/** An 1,100 px column: the ring stops growing at 292 px; the text stays at reading size. */
export const Wide: Story = { args: { width: '1100px' } };
/** The bar in an 1,100 px column: it runs the full width, for a table row or a full-width strip. */
export const WideBar: Story = { args: { width: '1100px', variant: 'bar' } };
/**
 * `heading-level="2"`: the title is a level-2 heading (`role="heading"`), so a screen reader's list of headings finds
 * the chart in the article's outline. It looks the same.
 */
export const AsHeading: Story = {
  args: { headingLevel: '2' },
  play: async ({ canvasElement }) => {
    const host = canvasElement.querySelector('peakline-gauge') as PeaklineGauge;
    await waitFor(() => expect(host.shadowRoot?.querySelector('[part~="title"][role="heading"]')).not.toBeNull());
    await expect(host.shadowRoot!.querySelector('[part~="title"]')!.getAttribute('aria-level')).toBe('2');
  },
};
/** Chinese, from the element's own `lang` (the page's language is used when it has none). */
export const ChineseLanguage: Story = { args: { lang: 'zh' } };
/** A long title (illustrative, about 150 columns, as ministries title their targets) in a 320 px column: it wraps whole, nothing is cut. */
export const LongTitleNarrow: Story = { args: { dataset: 'states', target: 'long-label-energy-intensity-2030', width: '320px' } };
/**
 * On a right-to-left page (`dir="rtl"`, an Arabic or Hebrew site): the widget keeps its own left-to-right layout, so
 * figures ("−6.8%") and the dial read as in English; only its place in the column follows the page.
 */
export const RightToLeftPage: Story = {
  decorators: [(story) => html`<div dir="rtl"><p>نص المقال قبل الرسم البياني.</p>${story()}</div>`],
  play: async ({ canvasElement }) => {
    const host = canvasElement.querySelector('peakline-gauge') as PeaklineGauge;
    await waitFor(() => expect(host.shadowRoot?.querySelector('[part~="headline"]')).not.toBeNull());
    await expect(getComputedStyle(host.shadowRoot!.querySelector('[part~="frame"]')!).direction).toBe('ltr');
  },
};

// ---- Dark theme -----------------------------------------------------------------------------
// These set the toolbar's theme to dark for the story, so the page around the widget is dark too (the element's
// `theme` follows it); the Theme control sets the widget alone, as on a light page.

/** China's energy intensity in the dark theme, on a dark page. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  play: ({ canvasElement }) => expectTheme(canvasElement, 'peakline-gauge', 'dark'),
};
/** The dark theme's status colour and lost ground (illustrative data): transport CO₂ gone the wrong way, hatched below 0. */
export const DarkWrongDirection: Story = {
  args: demoTarget('transport-co2-30-2030'),
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await expectTheme(canvasElement, 'peakline-gauge', 'dark');
    await expectStatus(canvasElement, 'peakline-gauge', 'wrong-direction');
  },
};
/** The bar in the dark theme, in Chinese: the narrow column of a dark Chinese-language site. */
export const DarkChineseBar: Story = {
  args: { variant: 'bar', lang: 'zh', width: '520px' },
  globals: { theme: 'dark' },
  play: ({ canvasElement }) => expectTheme(canvasElement, 'peakline-gauge', 'dark'),
};

/**
 * Small multiples: gauges in a CSS grid row stretch to one height, and each card fills its cell, with the spare height
 * around the dial and above the footer, so the footers line up (a target without data is ~150 px shorter on its own).
 */
export const SmallMultiples: Story = {
  args: { width: '760px' },
  render: (args, context) => html`<div style=${styleMap({ width: args.width, 'max-width': '100%', display: 'grid', 'grid-template-columns': 'repeat(auto-fill, minmax(220px, 1fr))', gap: '12px' })}>
    ${['industrial-energy-intensity-2025', 'steel-scrap-capacity-2025', 'clinker-capacity-2025'].map(
      (target) =>
        html`<peakline-gauge
          .data=${china}
          target=${target}
          theme=${args.theme || (context.globals.theme as string | undefined) || 'light'}
          lang=${args.lang || nothing}
        ></peakline-gauge>`,
    )}
  </div>`,
  play: async ({ canvasElement }) => {
    const gauges = [...canvasElement.querySelectorAll('peakline-gauge')] as PeaklineGauge[];
    await waitFor(() => expect(gauges.every((g) => g.shadowRoot?.querySelector('[part="footer"]'))).toBe(true));
    const bottoms = gauges.map((g) => Math.round(g.shadowRoot!.querySelector('[part="footer"]')!.getBoundingClientRect().bottom));
    await expect(new Set(bottoms).size).toBe(1);
  },
};
