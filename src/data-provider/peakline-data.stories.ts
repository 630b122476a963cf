import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { styleMap } from '../base/style-map.js';
import { expect, waitFor } from 'storybook/test';
import china from '../../data/cn-industry-carbon-peaking-2022.json';
import type { PeaklineGauge } from '../gauge/gauge.js';
import type { PeaklineData } from './peakline-data.js';
import { answerFetch, answerFetches, holdFetch, jsonAnswer, thenSrc } from '../../stories/hold-fetch.js';
import { expectKept } from '../../stories/expect-kept.js';

interface Args {
  theme: '' | 'light' | 'dark' | 'auto';
  variant: 'arc' | 'bar';
  /** Listed from the manifest; these stories give the document as `data`. */
  src?: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/Data provider',
  tags: ['autodocs'],
  component: 'peakline-data',
  parameters: {
    docs: {
      description: {
        component: `\`<peakline-data>\` loads one policy document for every Peakline widget inside it, however deep, so an article with several charts makes one request and validates the document once. It draws nothing itself (\`display: contents\`): put paragraphs, figures and widgets inside as usual. A widget's own \`data\`, inline JSON or \`src\` still wins over the provider. If the document cannot be loaded or is invalid, the provider fires \`peakline-error\` and each widget inside shows the problems.

\`\`\`html
<script type="module" src="https://your.cdn/peakline/dist/peakline.js"></script>
<peakline-data src="https://example.org/data/cn-industry-carbon-peaking-2022.json">
  <p>China's plan cuts industrial energy intensity by 13.5% by 2025 …</p>
  <peakline-gauge target="industrial-energy-intensity-2025"></peakline-gauge>
  <peakline-gauge target="clinker-capacity-2025" variant="bar"></peakline-gauge>
</peakline-data>
\`\`\`

In most of these stories the document is given as the provider's \`data\` property (Storybook has no server to fetch it from). The loading and failed-fetch stories give a \`src\` whose answer the story makes: none (loading, then the timeout), a 404, or a web page instead of the data.`,
      },
    },
  },
  argTypes: {
    theme: { control: 'select', options: ['', 'light', 'dark', 'auto'], description: 'Theme of the widgets inside; empty = the toolbar’s' },
    variant: { control: 'inline-radio', options: ['arc', 'bar'], description: 'Gauge variant of both gauges' },
    // Storybook serves no policy files to fetch, so a URL typed here could only fail; the stories set `data` instead.
    src: { control: false },
  },
  args: { theme: '', variant: 'arc' },
};
export default meta;
type Story = StoryObj<Args>;

/** Two gauges side by side in an article column, fed by one `<peakline-data>` around them: its `data`, or a `src`. */
const twoGauges = (source: { data?: unknown; src?: string }, args: Args, globalTheme: string | undefined) => {
  const theme = args.theme || globalTheme || 'light';
  return html`<peakline-data .data=${source.data} src=${source.src ?? nothing}>
      <div style=${styleMap({ display: 'grid', 'grid-template-columns': 'repeat(auto-fit, minmax(280px, 1fr))', gap: '1rem', 'max-width': '760px' })}>
        <peakline-gauge target="industrial-energy-intensity-2025" variant=${args.variant} theme=${theme}></peakline-gauge>
        <peakline-gauge target="clinker-capacity-2025" variant=${args.variant} theme=${theme}></peakline-gauge>
      </div>
    </peakline-data>`;
};

/** Two gauges in an article, fed by one `<peakline-data>` around them. */
export const TwoGauges: Story = {
  render: (args, context) => twoGauges({ data: china }, args, context.globals.theme as string | undefined),
  play: async ({ canvasElement }) => {
    const gauges = [...canvasElement.querySelectorAll('peakline-gauge')] as PeaklineGauge[];
    await expect(gauges.length).toBe(2);
    await waitFor(() => {
      for (const g of gauges) expect(g.shadowRoot?.querySelector('[part~="headline"]')).not.toBeNull();
    });
    await expect(gauges[0]!.shadowRoot!.querySelector('[part~="headline"]')!.textContent).toBe('−6.8%');
  },
};

/** A provider whose document is broken: every gauge inside shows the same problems. */
export const BrokenDocument: Story = {
  render: (args, context) => twoGauges({ data: { ...china, formatVersion: 2 } }, args, context.globals.theme as string | undefined),
};

// ---- Loading and failed fetches ------------------------------------------------------------------
// Each story's `src` is an address of its own, whose answer the story's `beforeEach` makes (Storybook serves no policy
// files): https://peakline.invalid/ is reserved, so nothing is ever asked of a real server.

const SLOW_URL = 'https://peakline.invalid/slow/provider-policy.json';
const TIMEOUT_URL = 'https://peakline.invalid/timeout/provider-policy.json';
const MISSING_URL = 'https://peakline.invalid/missing/provider-policy.json';
const PAGE_URL = 'https://peakline.invalid/page/provider-policy.json';
const LIVE_URL = 'https://peakline.invalid/live/provider-policy.json';
const LIVE_NEXT_URL = 'https://peakline.invalid/live/provider-policy-next.json';

/** The story's provider and its gauges. */
const parts = (canvasElement: HTMLElement) => ({
  provider: canvasElement.querySelector('peakline-data') as PeaklineData,
  gauges: [...canvasElement.querySelectorAll('peakline-gauge')] as PeaklineGauge[],
});

/**
 * For the failed-fetch stories: the provider's state becomes an error whose one problem matches `message` (and carries
 * `status` where given), and every gauge inside shows it in its error box.
 */
async function expectLoadError(canvasElement: HTMLElement, message: RegExp, status?: number, timeout = 1000): Promise<void> {
  const { provider, gauges } = parts(canvasElement);
  await waitFor(() => expect(provider.dataState.status).toBe('error'), { timeout });
  const state = provider.dataState as Extract<PeaklineData['dataState'], { status: 'error' }>;
  await expect(state.problems).toHaveLength(1);
  await expect(state.problems[0]!.message).toMatch(message);
  await expect(state.problems[0]!.status).toBe(status);
  await waitFor(() => {
    for (const g of gauges) expect(g.shadowRoot?.querySelector('[role="alert"]')?.textContent).toMatch(message);
  });
}

/**
 * Loading: the provider's request never answers (the story holds it), so both gauges keep the boxes they will have,
 * the frames alone for the first 200 ms, then with placeholders. A reader would see the timeout's error after 10 s
 * (the next story); here the limit is lifted, so the story stays loading.
 */
export const Loading: Story = {
  render: (args, context) => twoGauges({ src: SLOW_URL }, args, context.globals.theme as string | undefined),
  beforeEach: holdFetch(SLOW_URL),
  play: async ({ canvasElement }) => {
    const { provider, gauges } = parts(canvasElement);
    await waitFor(() => {
      for (const g of gauges) expect(g.shadowRoot?.querySelector('[aria-busy="true"]')).not.toBeNull();
    });
    await expect(provider.dataState.status).toBe('loading');
    for (const g of gauges) await expect(g.shadowRoot!.querySelector('[role="alert"]')).toBeNull();
  },
};

/**
 * A src that never answers: the loader stops waiting and every gauge says so. The limit is 10 s on a page; the story
 * shortens it to 1 s, so the error shows sooner (its message says "1 s" where a reader's says "10 s").
 */
export const ErrorTimeout: Story = {
  render: (args, context) => twoGauges({ src: TIMEOUT_URL }, args, context.globals.theme as string | undefined),
  beforeEach: holdFetch(TIMEOUT_URL, 1000),
  play: ({ canvasElement }) => expectLoadError(canvasElement, /took longer than 1 s, so it was stopped/, undefined, 3000),
};

/** The server answers 404 Not Found (a moved or misspelt file): the message names the status, and `peakline-error`'s problem carries it as `status: 404`. */
export const ErrorNotFound: Story = {
  name: 'Error 404 not found',
  render: (args, context) => twoGauges({ src: MISSING_URL }, args, context.globals.theme as string | undefined),
  beforeEach: answerFetch(MISSING_URL, () => new Response('Not Found', { status: 404, statusText: 'Not Found', headers: { 'content-type': 'text/plain' } })),
  play: ({ canvasElement }) => expectLoadError(canvasElement, /the server answered 404 Not Found/, 404),
};

/**
 * The server answers 200 with a web page instead of the data (a CMS's "page not found" page, or a link to the page that
 * shows the file rather than the file itself): the message says it is HTML, not JSON.
 */
export const ErrorNotJSON: Story = {
  name: 'Error not JSON (a web page)',
  render: (args, context) => twoGauges({ src: PAGE_URL }, args, context.globals.theme as string | undefined),
  beforeEach: answerFetch(
    PAGE_URL,
    () =>
      new Response('<!doctype html>\n<html lang="en"><head><title>Page not found</title></head><body><h1>Sorry, we could not find that page</h1></body></html>\n', {
        status: 200,
        headers: { 'content-type': 'text/html; charset=utf-8' },
      }),
  ),
  play: ({ canvasElement }) => expectLoadError(canvasElement, /is HTML, not JSON/),
};

/**
 * Update failed, charts kept: a live page's provider loaded China's plan from its `src`, then was given a new `src` (the
 * next version, as a page's poll asks for it) whose server answered 404. Both gauges keep the charts they drew, and each
 * says why, first in its footer ("Not updated: …"); the provider fires `peakline-error` with the problem.
 */
export const UpdateFailedChartsKept: Story = {
  name: 'Update failed, charts kept',
  render: (args, context) => twoGauges({ src: LIVE_URL }, args, context.globals.theme as string | undefined),
  beforeEach: answerFetches({
    [LIVE_URL]: jsonAnswer(china),
    [LIVE_NEXT_URL]: () => new Response('Not Found', { status: 404, statusText: 'Not Found', headers: { 'content-type': 'text/plain' } }),
  }),
  decorators: [thenSrc(LIVE_URL, LIVE_NEXT_URL)],
  play: async ({ canvasElement }) => {
    await expectKept(canvasElement, 'peakline-gauge', '[part~="headline"]', /404 Not Found/);
    await expect(parts(canvasElement).provider.src).toBe(LIVE_NEXT_URL);
  },
};
