import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { expect, waitFor } from 'storybook/test';
import china from '../data/cn-industry-carbon-peaking-2022.json';
import type { PeaklineGauge } from '../src/gauge/gauge.js';
import type { PeaklineSectors } from '../src/sectors/sectors.js';
import type { PeaklineTrajectory } from '../src/trajectory/trajectory.js';
import { dark, light } from '../src/theme/tokens.js';

const meta: Meta = {
  title: 'Docs/Theming',
  tags: ['!autodocs'],
  parameters: { docs: { description: { component: 'Every `--peakline-*` token, live, and a newsroom re-skin.' } } },
};
export default meta;

const colourTokens = Object.keys(light).filter((k) => k !== 'status');
const row = (name: string, l: string, d: string) =>
  html`<tr>
    <td><code>--peakline-color-${name}</code></td>
    <td><span class="swatch" style=${styleMap({ background: l })}></span> <code>${l}</code></td>
    <td><span class="swatch" style=${styleMap({ background: d })}></span> <code>${d}</code></td>
  </tr>`;

/** Every colour token with its light and dark default. Override any of them on the element or an ancestor. */
export const Tokens: StoryObj = {
  render: () => html`<style>
      .tokens { border-collapse: collapse; font: 14px/1.4 system-ui, sans-serif; }
      .tokens th, .tokens td { border-bottom: 1px solid #d5d8de; padding: 4px 10px; text-align: left; }
      .swatch { display: inline-block; width: 1.2em; height: 1.2em; border: 1px solid #888; vertical-align: middle; }
    </style>
    <table class="tokens">
      <caption>Colour tokens (light and dark defaults)</caption>
      <thead><tr><th scope="col">Custom property</th><th scope="col">Light</th><th scope="col">Dark</th></tr></thead>
      <tbody>
        ${colourTokens.map((k) => row(k === 'background' ? 'bg' : k, String(light[k as keyof typeof light]), String(dark[k as keyof typeof dark])))}
        ${Object.keys(light.status).map((s) => row(`status-${s}`, light.status[s as keyof typeof light.status], dark.status[s as keyof typeof dark.status]))}
      </tbody>
    </table>
    <p style=${styleMap({ font: '14px system-ui' })}>
      Sizes: <code>--peakline-font-family</code> (inherit), <code>--peakline-font-size</code> (1rem), <code>--peakline-font-size-small</code>,
      <code>--peakline-font-size-large</code>, <code>--peakline-line-height</code>, <code>--peakline-radius</code>, <code>--peakline-padding</code>,
      <code>--peakline-gap</code>, <code>--peakline-border-width</code>.
    </p>`,
};

const newsroom = {
  '--peakline-font-family': "Georgia, 'Times New Roman', serif",
  '--peakline-radius': '0',
  '--peakline-border-width': '0',
  '--peakline-padding': '0',
  '--peakline-color-bg': '#fff8ef',
  '--peakline-color-text': '#222222',
  '--peakline-color-muted': '#5c5346',
  '--peakline-color-track': '#eadfce',
  '--peakline-color-status-on-track': '#005f73',
  '--peakline-color-status-achieved': '#0a4d3c',
  '--peakline-color-status-off-track': '#9b2226',
  '--peakline-color-focus': '#ae2012',
};

/**
 * A worked re-skin: a newsroom's cream background, serif type, no card border, and its own status palette.
 * Set the properties on any ancestor: `.article peakline-gauge { --peakline-color-bg: #fff8ef; … }`.
 */
export const NewsroomReskin: StoryObj = {
  render: () => html`<div style=${styleMap({ ...newsroom, maxWidth: '420px', background: '#fff8ef', padding: '16px' })}>
    <peakline-gauge .data=${china} target="industrial-energy-intensity-2025" theme="light"></peakline-gauge>
  </div>`,
  // A light re-skin: it sets the light palette's tokens only, so the toolbar's dark theme would mix the two.
  parameters: { docs: { description: { story: 'A light re-skin: the toolbar’s theme does not apply (its tokens are the light palette’s).' } } },
};

export const DefaultSkin: StoryObj = {
  render: (_args, { globals }) => html`<div style=${styleMap({ maxWidth: '420px' })}>
    <peakline-gauge .data=${china} target="industrial-energy-intensity-2025" theme=${globals.theme ?? 'light'}></peakline-gauge>
  </div>`,
};

// ---- Playground ------------------------------------------------------------------------------

/** A few of the documented custom properties (custom-elements.json, cssProperties), one control each. */
interface PlaygroundArgs {
  '--peakline-color-bg': string;
  '--peakline-color-text': string;
  '--peakline-color-status-on-track': string;
  '--peakline-color-status-off-track': string;
  '--peakline-color-target': string;
  '--peakline-font-family': string;
  /** In px. */
  '--peakline-radius': number | undefined;
  '--peakline-padding': string;
  theme: '' | 'light' | 'dark' | 'auto';
}

const colour = (description: string) => ({ control: 'color' as const, description });

const playgroundArgTypes = {
  '--peakline-color-bg': colour('Background of the frame'),
  '--peakline-color-text': colour('Text'),
  '--peakline-color-status-on-track': colour('Status colour: on track (fill, icon, sector bar)'),
  '--peakline-color-status-off-track': colour('Status colour: off track'),
  '--peakline-color-target': colour('Target marker and line'),
  '--peakline-font-family': { control: 'text' as const, description: 'Font family (default: inherited from the page)' },
  '--peakline-radius': { control: { type: 'number' as const, min: 0, max: 32, step: 1 }, description: 'Corner radius of the frame, in px (default 8)' },
  '--peakline-padding': { control: 'text' as const, description: 'Padding inside the frame, any CSS length (default 0.875em)' },
  theme: { control: 'select' as const, options: ['', 'light', 'dark', 'auto'], description: 'Widget theme (`theme` attribute) the properties override; empty = the toolbar’s' },
};

const emptyPlayground: PlaygroundArgs = {
  '--peakline-color-bg': '',
  '--peakline-color-text': '',
  '--peakline-color-status-on-track': '',
  '--peakline-color-status-off-track': '',
  '--peakline-color-target': '',
  '--peakline-font-family': '',
  '--peakline-radius': undefined,
  '--peakline-padding': '',
  theme: '',
};

/** The custom properties to set: only those whose control has a value (an empty one leaves the default). */
const playgroundStyle = (args: PlaygroundArgs): Record<string, string> => {
  const style: Record<string, string> = {};
  for (const [name, value] of Object.entries(args)) {
    if (!name.startsWith('--peakline-') || value === undefined || value === null || value === '') continue;
    style[name] = name === '--peakline-radius' ? `${value}px` : String(value);
  }
  return style;
};

type Playground = StoryObj<PlaygroundArgs>;

const playground: Playground = {
  argTypes: playgroundArgTypes,
  args: emptyPlayground,
  render: (args, { globals }) => {
    const theme = args.theme || (globals.theme as string | undefined) || 'light';
    return html`<div class="playground" style=${styleMap({ ...playgroundStyle(args), display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', gap: '16px', maxWidth: '1400px' })}>
      <div style=${styleMap({ flex: '1 1 260px', maxWidth: '360px' })}>
        <peakline-gauge .data=${china} target="industrial-energy-intensity-2025" theme=${theme}></peakline-gauge>
      </div>
      <div style=${styleMap({ flex: '2 1 420px' })}>
        <peakline-trajectory .data=${china} target="industrial-energy-intensity-2025" theme=${theme}></peakline-trajectory>
      </div>
      <div style=${styleMap({ flex: '2 1 420px' })}>
        <peakline-sectors .data=${china} theme=${theme}></peakline-sectors>
      </div>
    </div>`;
  },
};

/**
 * Try the custom properties live: a gauge, a trajectory and a sector panel with the controls' properties set on a
 * wrapper around them (a property whose control is empty is not set, so the widget's default shows). The same
 * properties work on any ancestor or on the elements themselves.
 */
export const Playground: Playground = { ...playground };

/**
 * The playground with a cream background, square corners and a serif font; the play function checks they take effect.
 * A light re-skin, so the light theme is pinned (the dark theme's pale text would be unreadable on cream).
 */
export const PlaygroundCustomised: Playground = {
  ...playground,
  args: { ...emptyPlayground, theme: 'light', '--peakline-color-bg': '#fff8ef', '--peakline-font-family': "Georgia, 'Times New Roman', serif", '--peakline-radius': 0 },
  play: async ({ canvasElement, args }) => {
    const wrapper = canvasElement.querySelector<HTMLElement>('.playground')!;
    // Only the properties with a value are set.
    await expect(wrapper.style.getPropertyValue('--peakline-color-bg')).toBe('#fff8ef');
    await expect(wrapper.style.getPropertyValue('--peakline-color-text')).toBe('');
    // The colour the browser computes for the control's value, whatever notation the colour picker used.
    const probe = document.createElement('div');
    probe.style.backgroundColor = args['--peakline-color-bg'];
    canvasElement.append(probe);
    const expected = getComputedStyle(probe).backgroundColor;
    probe.remove();
    const widgets = [
      canvasElement.querySelector('peakline-gauge') as PeaklineGauge,
      canvasElement.querySelector('peakline-trajectory') as PeaklineTrajectory,
      canvasElement.querySelector('peakline-sectors') as PeaklineSectors,
    ];
    await waitFor(() => {
      for (const w of widgets) expect(w.shadowRoot?.querySelector('[part~="frame"]:not([aria-busy="true"])')).not.toBeNull();
    });
    for (const w of widgets) {
      const frame = getComputedStyle(w.shadowRoot!.querySelector('[part~="frame"]')!);
      await expect(frame.backgroundColor).toBe(expected);
      await expect(frame.borderTopLeftRadius).toBe('0px');
    }
    await expect(getComputedStyle(widgets[0]!).fontFamily).toContain('Georgia');
  },
};
