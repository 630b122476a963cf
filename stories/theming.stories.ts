import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import china from '../data/cn-industry-carbon-peaking-2022.json';
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
  render: (_args, { globals }) => html`<div style=${styleMap({ ...newsroom, maxWidth: '420px', background: '#fff8ef', padding: '16px' })}>
    <peakline-gauge .data=${china} target="industrial-energy-intensity-2025" theme=${globals.theme ?? 'light'}></peakline-gauge>
  </div>`,
};

export const DefaultSkin: StoryObj = {
  render: (_args, { globals }) => html`<div style=${styleMap({ maxWidth: '420px' })}>
    <peakline-gauge .data=${china} target="industrial-energy-intensity-2025" theme=${globals.theme ?? 'light'}></peakline-gauge>
  </div>`,
};
