import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from '../base/style-map.js';
import { expect, waitFor } from 'storybook/test';
import china from '../../data/cn-industry-carbon-peaking-2022.json';
import type { PeaklineGauge } from '../gauge/gauge.js';

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

In these stories the document is given as the provider's \`data\` property (Storybook has no server to fetch it from).`,
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

/** Two gauges side by side in an article column, fed by one `<peakline-data>` around them. */
const twoGauges = (data: unknown, args: Args, globalTheme: string | undefined) => {
  const theme = args.theme || globalTheme || 'light';
  return html`<peakline-data .data=${data}>
      <div style=${styleMap({ display: 'grid', 'grid-template-columns': 'repeat(auto-fit, minmax(280px, 1fr))', gap: '1rem', 'max-width': '760px' })}>
        <peakline-gauge target="industrial-energy-intensity-2025" variant=${args.variant} theme=${theme}></peakline-gauge>
        <peakline-gauge target="clinker-capacity-2025" variant=${args.variant} theme=${theme}></peakline-gauge>
      </div>
    </peakline-data>`;
};

/** Two gauges in an article, fed by one `<peakline-data>` around them. */
export const TwoGauges: Story = {
  render: (args, context) => twoGauges(china, args, context.globals.theme as string | undefined),
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
  render: (args, context) => twoGauges({ ...china, formatVersion: 2 }, args, context.globals.theme as string | undefined),
};
