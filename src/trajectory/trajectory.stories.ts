import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { styleMap } from '../base/style-map.js';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import china from '../../data/cn-industry-carbon-peaking-2022.json';
import demo from '../../data/illustrative-demo.json';
import eu from '../../data/eu-climate-law-2021.json';
import type { PeaklineTrajectory } from './trajectory.js';
import { expectStatus } from '../../stories/expect-status.js';
import { expectTheme } from '../../stories/expect-theme.js';
import { answerFetches, holdFetch, jsonAnswer, thenSrc } from '../../stories/hold-fetch.js';
import { expectKept } from '../../stories/expect-kept.js';
import { statesDocument } from '../../stories/illustrative-states.js';

/** A realistic broken document: a year typed as text and a misspelt goal kind. */
const badDocument = (() => {
  const doc = JSON.parse(JSON.stringify(china)) as { targets: { baseline: { year: unknown }; goal: { kind: unknown } }[] };
  doc.targets[1]!.baseline.year = '2020';
  doc.targets[2]!.goal.kind = 'absolut';
  return doc;
})();

const DATASETS = { china, demo, eu, bad: badDocument, states: statesDocument } as const;

/** A URL whose answer never comes (the Loading story holds its fetch, as the gauge's does). */
const SLOW_URL = 'https://peakline.invalid/slow/trajectory-policy.json';
/** A live page's src, and the next one it polls, which fails (the Update failed story answers both). */
const LIVE_URL = 'https://peakline.invalid/live/trajectory-policy.json';
const LIVE_NEXT_URL = 'https://peakline.invalid/live/trajectory-policy-next.json';

interface Args {
  dataset: keyof typeof DATASETS;
  target: string;
  method: '' | 'path' | 'rate' | 'extrapolation';
  asOf: number | undefined;
  headingLevel: '' | '1' | '2' | '3' | '4' | '5' | '6';
  theme: '' | 'light' | 'dark' | 'auto';
  lang: '' | 'en' | 'zh';
  width: string;
  src: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/Trajectory',
  tags: ['autodocs'],
  component: 'peakline-trajectory',
  parameters: {
    docs: {
      description: {
        component: `Where an indicator came from, where its target says it must go, and where it is heading at the current pace.

- **Observed series**: line and points; estimated or illustrative points are hollow; a missing year stays a gap.
- **Baseline and target** markers, interim **milestones** (count targets), and the goal's kind: a **ceiling** (at-most, relative cuts), a **floor** (at-least), a **range** (about), **annual caps** (caps), or the **deadline** and highest value (peak targets).
- **Required path** from baseline to target: a straight line for method \`path\`, a constant annual rate for \`rate\` and \`extrapolation\`.
- **Projection** from the latest observation at the achieved rate (dashed), with a band of ±1 standard deviation of the recent year-on-year changes (from at least four of them; with fewer, none, and the legend's key says why), widening as σ·√(k(1 + k/n)). The gap at the target year is written out: "At this pace: 83.9 in 2025, beating the target by 2.6 points".

Keyboard: Tab to the chart, ←/→ step through the years (each is announced), Home/End jump, Escape hides the tooltip. The **Data table** button shows the same values as a table, which screen readers always have.

\`\`\`html
<script type="module" src="https://your.cdn/peakline/dist/peakline-trajectory.js"></script>
<!-- peakline-trajectory.js carries this widget only; peakline.js has every widget -->
<peakline-trajectory src="/data/cn-industry-carbon-peaking-2022.json" target="industrial-co2-peak-2030"></peakline-trajectory>
\`\`\``,
      },
    },
  },
  argTypes: {
    dataset: { control: 'select', options: ['china', 'demo', 'eu', 'bad', 'states'], description: 'Which built-in dataset (set as the `data` property): `china` the industrial plan, `demo` illustrative values, `eu` the European Climate Law (set `target` to one of its ids), `bad` a document with two faults, `states` the demo with targets achieved late, no longer met, a limit and a long title (stories/illustrative-states.ts)' },
    target: { control: 'text', description: 'Id of the target to show (`target` attribute)' },
    method: { control: 'select', options: ['', 'path', 'rate', 'extrapolation'], description: 'Assessment method (`method` attribute); empty = the target’s own, else extrapolation' },
    asOf: { control: { type: 'number', min: 1990, max: new Date().getUTCFullYear() }, description: 'Ignore observations after this year (`as-of` attribute; a later year is an error)' },
    headingLevel: { control: 'select', options: ['', '1', '2', '3', '4', '5', '6'], description: 'Make the title a heading of this level (`heading-level` attribute), for the article’s outline; empty = no heading' },
    theme: { control: 'select', options: ['', 'light', 'dark', 'auto'], description: 'Widget theme (`theme` attribute); empty = the toolbar’s' },
    lang: { control: 'select', options: ['', 'en', 'zh'], description: 'Language (`lang` attribute); empty = inherited from the page (the toolbar’s)' },
    width: { control: 'text', description: 'Width of the column the chart sits in (story only)' },
    src: { control: false, table: { disable: true } },
  },
  args: {
    dataset: 'china',
    target: 'industrial-co2-peak-2030',
    method: '',
    asOf: undefined,
    headingLevel: '',
    theme: '',
    lang: '',
    width: '720px',
    src: '',
  },
  render: (args, context) => html`<div style=${styleMap({ width: args.width, 'max-width': '100%' })}>
    <peakline-trajectory
      .data=${args.src ? undefined : DATASETS[args.dataset]}
      src=${args.src || nothing}
      target=${args.target}
      method=${args.method || nothing}
      as-of=${args.asOf ?? nothing}
      heading-level=${args.headingLevel || nothing}
      lang=${args.lang || nothing}
      theme=${args.theme || (context.globals.theme as string | undefined) || 'light'}
    ></peakline-trajectory>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

const demoTarget = (target: string): Partial<Args> => ({ dataset: 'demo', target });

/** China's CO₂ (OWID, 1990–2023, estimates so hollow) against the 2030 peak deadline. */
export const ChinaCO2Peak: Story = { name: 'China CO₂ peak' };

/**
 * Industrial energy intensity (derived from official percentages, 2020–2022: estimates) against −13.5% by 2025.
 * The play function steps to the first year with the keyboard and checks what a screen reader reads there.
 */
export const ChinaEnergyIntensity: Story = {
  args: { target: 'industrial-energy-intensity-2025' },
  play: async ({ canvasElement }) => {
    const host = canvasElement.querySelector('peakline-trajectory') as PeaklineTrajectory;
    await waitFor(() => expect(host.shadowRoot?.querySelector('.plot[tabindex="0"]')).not.toBeNull());
    // Testing Library queries work inside the shadow root like in any container.
    const chart = within(host.shadowRoot as unknown as HTMLElement);
    const plot = chart.getByRole('slider', { name: /arrow keys|方向键/ });
    plot.focus();
    await userEvent.keyboard('{Home}');
    // The slider's value: what a screen reader reads at each year.
    const value = () => plot.getAttribute('aria-valuetext');
    await waitFor(() => expect(value()).toMatch(/^(2020: 100 \(estimate\)\. Required path: 100\. Source: |2020\u2060年：100（估算）。所需路径：100。来源：)/));
    await userEvent.keyboard('{End}');
    await waitFor(() => expect(value()).toMatch(/^2022/));
  },
};

/** The same target judged on the straight-line path (method="path"). */
export const ChinaEnergyIntensityStraightPath: Story = { args: { target: 'industrial-energy-intensity-2025', method: 'path' } };

/** As it looked in 2021: the 2022 observation is ignored (as-of="2021"). */
export const ChinaEnergyIntensityAsOf2021: Story = { args: { target: 'industrial-energy-intensity-2025', asOf: 2021 } };

/**
 * A second real policy: the European Climate Law's −55 % net greenhouse-gas emissions by 2030 against 1990 (a relative
 * goal). The data are a stand-in, Climate Watch's series as Our World in Data publishes it (hollow points, 1990–2023), not the EU's own
 * inventory, so the status says "indicative" and the note says why.
 */
export const EUNetGHG: Story = {
  name: 'EU net GHG −55% by 2030',
  args: { dataset: 'eu', target: 'net-ghg-minus-55-by-2030' },
};

/** China's CO₂ peak in Chinese, from the element's own `lang` (the page's language, the toolbar's, is used when it has none). */
export const ChineseLanguage: Story = { args: { lang: 'zh' } };

/** Industrial energy intensity in Chinese: axis, path, projection and the sentence at the target year, in the units' Chinese names. */
export const ChineseEnergyIntensity: Story = { args: { lang: 'zh', target: 'industrial-energy-intensity-2025' } };

// ---- Dark theme ------------------------------------------------------------------------------
// These set the toolbar's theme to dark for the story, so the page around the chart is dark too (the element's `theme`
// follows it); the Theme control sets the chart alone, as on a light page.

/** China's CO₂ against its 2030 peak deadline in the dark theme, on a dark page. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  play: ({ canvasElement }) => expectTheme(canvasElement, 'peakline-trajectory', 'dark'),
};

/** The dark theme's required path, projection and band (illustrative data: power-sector CO₂, on track for −50% by 2030). */
export const DarkProjection: Story = {
  args: demoTarget('power-co2-minus-50-2030'),
  globals: { theme: 'dark' },
  play: ({ canvasElement }) => expectTheme(canvasElement, 'peakline-trajectory', 'dark'),
};

// ---- One story per status (illustrative data) ----------------------------------------------

/**
 * Achieved: industry CO₂ peaked in 2019, before its 2025 deadline (the same target as Kind Peak Confirmed; it is the
 * demo's only achieved one). The play function checks the status, so this story cannot silently stop being "Achieved".
 */
export const StatusAchieved: Story = {
  args: demoTarget('industry-co2-peak-2025'),
  play: ({ canvasElement }) => expectStatus(canvasElement, 'peakline-trajectory', 'achieved'),
};
/** On track: power-sector CO₂, −50% by 2030. */
export const StatusOnTrack: Story = { args: demoTarget('power-co2-minus-50-2030') };
/** Needs acceleration: industrial energy intensity, −30% by 2030. */
export const StatusNeedsAcceleration: Story = { args: demoTarget('industry-energy-intensity-minus-30-2030') };
/** Off track: renewables' share, at least 60% by 2030. */
export const StatusOffTrack: Story = { args: demoTarget('renewable-electricity-60-2030') };
/** Wrong direction: transport CO₂ rising against an at-most target. */
export const StatusWrongDirection: Story = { args: demoTarget('transport-co2-30-2030') };
/** Insufficient data: one observation only, standing in for a baseline without a value ("Stand-in baseline"); the path from it and the target are still drawn. */
export const StatusInsufficientData: Story = { args: demoTarget('electrolysers-2gw-2030') };
/** Achieved late (illustrative): at most 30 Mt by 2022; 33 Mt in 2022 missed it, 29 Mt in 2023 met it. */
export const StatusAchievedLate: Story = {
  args: { dataset: 'states', target: 'freight-co2-30-2022' },
  play: ({ canvasElement }) => expectStatus(canvasElement, 'peakline-trajectory', 'achieved', 'achievedLate'),
};
/** Achieved, no longer met (illustrative): met in 2022 (29 Mt), above the ceiling since (32 Mt in 2024). */
export const StatusAchievedNoLongerMet: Story = {
  args: { dataset: 'states', target: 'shipping-co2-30-2022' },
  play: ({ canvasElement }) => expectStatus(canvasElement, 'peakline-trajectory', 'achieved', 'achievedKept'),
};

// ---- One story per goal kind (illustrative data) -------------------------------------------

/** Relative goal (−50% vs 2015): a ceiling at the target value. */
export const KindRelative: Story = { args: demoTarget('power-co2-minus-50-2030') };
/** Absolute, at least: a floor. */
export const KindAbsoluteAtLeast: Story = { args: demoTarget('renewable-electricity-60-2030') };
/** Absolute, at most: a ceiling. */
export const KindAbsoluteAtMost: Story = { args: demoTarget('transport-co2-30-2030') };
/** Absolute, about: a range (±5%). */
export const KindAbsoluteAbout: Story = { args: demoTarget('clinker-capacity-about-100-2028') };
/** Cap: the annual allowances are the required path. */
export const KindCap: Story = { args: demoTarget('buildings-ghg-allowances-2030') };
/**
 * A limit (illustrative): at most 45 Mt by 2030 from 40 Mt, a ceiling the baseline already meets. The limit is the
 * reference line, with no required path up to it; at its pace the series would pass it before 2030 (off track).
 */
export const KindLimit: Story = {
  args: { dataset: 'states', target: 'transport-co2-limit-45-2030' },
  play: ({ canvasElement }) => expectStatus(canvasElement, 'peakline-trajectory', 'off-track'),
};
/** Peak, confirmed: the peak year is marked and the deadline drawn. */
export const KindPeakConfirmed: Story = { args: demoTarget('industry-co2-peak-2025') };
/** Peak, still rising at the deadline. */
export const KindPeakRising: Story = { args: demoTarget('transport-energy-peak-2030') };
/**
 * Peak, turned (illustrative): cement CO₂ rose ever more slowly to 111.7 Mt in 2023 and fell to 111.2 Mt in 2024. Growth
 * has turned below zero, so it is on track ("already falling"), but one lower year does not confirm a peak (two do):
 * the state between Kind Peak Rising and Kind Peak Confirmed.
 */
export const KindPeakTurned: Story = {
  args: { dataset: 'states', target: 'cement-co2-peak-2030' },
  play: ({ canvasElement }) => expectStatus(canvasElement, 'peakline-trajectory', 'on-track'),
};
/** Count: the path runs through the 2027 milestone to the final count; the projection is judged against the milestone. */
export const KindCount: Story = { args: demoTarget('heat-pumps-500-2032') };

// ---- States ----------------------------------------------------------------------------------

/**
 * Loading: the request never answers (the story holds its fetch, as the gauge's Loading story does); the chart's box is
 * reserved meanwhile, the frame alone for the first 200 ms and then with placeholders. After the loader's 10 s timeout the
 * chart shows the timeout error.
 */
export const Loading: Story = {
  args: { src: SLOW_URL },
  beforeEach: holdFetch(SLOW_URL),
  play: async ({ canvasElement }) => {
    const host = canvasElement.querySelector('peakline-trajectory') as PeaklineTrajectory;
    await waitFor(() => expect(host.shadowRoot?.querySelector('[aria-busy="true"]')).not.toBeNull());
    await expect(host.shadowRoot!.querySelector('[role="alert"]')).toBeNull();
  },
};

/**
 * Update failed, chart kept: a live page's chart drew China's CO₂ from its `src`, then was given a new `src` (the next
 * version, as a page's poll asks for it) whose request failed as a network error does. The chart is kept, and its footer
 * says why first ("Not updated: …"), rather than blanking the page for one failed poll. (The story makes both
 * answers: Storybook serves no policy files.)
 */
export const UpdateFailedChartKept: Story = {
  name: 'Update failed, chart kept',
  args: { src: LIVE_URL },
  beforeEach: answerFetches({ [LIVE_URL]: jsonAnswer(china), [LIVE_NEXT_URL]: () => new TypeError('Failed to fetch') }),
  decorators: [thenSrc(LIVE_URL, LIVE_NEXT_URL)],
  play: ({ canvasElement }) => expectKept(canvasElement, 'peakline-trajectory', '[part~="chart"]', /CORS/),
};

/**
 * The Data table open (after a reader pressed the **Data table** button, as the play function does): every year's
 * value, its required path and source, in a table that scrolls within 20 em; the button shows as pressed. Screen readers
 * have the table whether it is open or not.
 */
export const DataTableOpen: Story = {
  args: { target: 'industrial-energy-intensity-2025' },
  play: async ({ canvasElement }) => {
    const host = canvasElement.querySelector('peakline-trajectory') as PeaklineTrajectory;
    await waitFor(() => expect(host.shadowRoot?.querySelector('[part~="table-toggle"]')).not.toBeNull());
    const toggle = host.shadowRoot!.querySelector<HTMLButtonElement>('[part~="table-toggle"]')!;
    await userEvent.click(toggle);
    await waitFor(() => expect(toggle.getAttribute('aria-pressed')).toBe('true'));
    const table = host.shadowRoot!.querySelector('[part~="table"]')!;
    await expect(table).toBeVisible();
    await expect(table.querySelectorAll('tbody tr').length).toBeGreaterThan(0);
  },
};

/** A document with faults: each is listed with its JSON path. */
export const ErrorBadDocument: Story = { args: { dataset: 'bad', target: 'industrial-energy-intensity-2025' } };

/** A target id the dataset does not have. */
export const ErrorUnknownTarget: Story = { args: { target: 'industrial-co2-peak-2035' } };

/** A real China target without observations yet: axes, baseline, path and target are drawn, with "No data yet". */
export const NoData: Story = { args: { target: 'clinker-energy-minus-3-2025' } };

/** A count target without data: milestone and final count. */
export const NoDataCount: Story = { args: { target: 'pcf-standards-2030' } };

/** In a 280 px column: fewer ticks, labels that still do not collide, a legend that wraps. */
export const Narrow: Story = { args: { width: '280px' } };

/** 1100 px wide. */
export const Wide: Story = { args: { width: '1100px', target: 'industrial-energy-intensity-2025' } };

/** A long title (illustrative, about 150 columns) in a 320 px column: it wraps whole above the chart. */
export const LongTitleNarrow: Story = { args: { dataset: 'states', target: 'long-label-energy-intensity-2030', width: '320px' } };

/**
 * On a right-to-left page (`dir="rtl"`): the chart keeps its left-to-right layout (time runs left to right, axis labels
 * on the left, "−36.3%" not "36.3%−").
 */
export const RightToLeftPage: Story = {
  args: { target: 'industrial-energy-intensity-2025' },
  decorators: [(story) => html`<div dir="rtl"><p>نص المقال قبل الرسم البياني.</p>${story()}</div>`],
  play: async ({ canvasElement }) => {
    const host = canvasElement.querySelector('peakline-trajectory') as PeaklineTrajectory;
    await waitFor(() => expect(host.shadowRoot?.querySelector('[part~="chart"]')).not.toBeNull());
    await expect(getComputedStyle(host.shadowRoot!.querySelector('[part~="frame"]')!).direction).toBe('ltr');
  },
};
