import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { expect, waitFor } from 'storybook/test';
import china from '../data/cn-industry-carbon-peaking-2022.json';
import demo from '../data/illustrative-demo.json';
import eu from '../data/eu-climate-law-2021.json';
import type { PeaklineGauge } from '../src/gauge/gauge.js';
import type { PeaklineSectors } from '../src/sectors/sectors.js';
import type { PeaklineTrajectory } from '../src/trajectory/trajectory.js';
import { dark, light } from '../src/theme/tokens.js';
import { changed, painted, settled } from './painted.js';
// Generated from the elements' JSDoc by `npm run analyze` (run before storybook and the story tests).
import manifest from '../custom-elements.json';

const meta: Meta = {
  title: 'Docs/Theming',
  tags: ['!autodocs'],
  parameters: { docs: { description: { component: 'Every `--peakline-*` token, live, and a newsroom re-skin.' } } },
};
export default meta;

const colourTokens = Object.keys(light).filter((k) => k !== 'status');
/** What a documented property is for, from the elements' `@cssproperty` JSDoc (custom-elements.json), without its defaults. */
const use = (name: string) => (documented.find((p) => p.name === name)?.description ?? '').replace(/\s*\(dark: (?:[^()]|\([^)]*\))*\)/, '');
const row = (name: string, l: string, d: string) =>
  html`<tr>
    <td><code>--peakline-color-${name}</code></td>
    <td><span class="swatch" style=${styleMap({ background: l })}></span> <code>${l}</code></td>
    <td><span class="swatch" style=${styleMap({ background: d })}></span> <code>${d}</code></td>
    <td>${use(`--peakline-color-${name}`)}</td>
  </tr>`;

/**
 * Every colour token with its light and dark default and what it paints, then the type, spacing and frame properties
 * with their defaults. Override any of them on the element or an ancestor.
 */
export const Tokens: StoryObj = {
  render: () => html`<style>
      .tokens { border-collapse: collapse; font: 14px/1.4 system-ui, sans-serif; margin-bottom: 1.5em; }
      .tokens th, .tokens td { border-bottom: 1px solid #d5d8de; padding: 4px 10px; text-align: left; }
      .tokens td:first-child { white-space: nowrap; }
      .swatch { display: inline-block; width: 1.2em; height: 1.2em; border: 1px solid #888; vertical-align: middle; }
    </style>
    <table class="tokens">
      <caption>Colour tokens (light and dark defaults)</caption>
      <thead><tr><th scope="col">Custom property</th><th scope="col">Light</th><th scope="col">Dark</th><th scope="col">What it paints</th></tr></thead>
      <tbody>
        ${colourTokens.map((k) => row(k === 'background' ? 'bg' : k, String(light[k as keyof typeof light]), String(dark[k as keyof typeof dark])))}
        ${Object.keys(light.status).map((s) => row(`status-${s}`, light.status[s as keyof typeof light.status], dark.status[s as keyof typeof dark.status]))}
      </tbody>
    </table>
    <table class="tokens">
      <caption>Type, spacing and frame</caption>
      <thead><tr><th scope="col">Custom property</th><th scope="col">Default</th><th scope="col">What it sets</th></tr></thead>
      <tbody>
        ${documented.filter((p) => !p.name.startsWith('--peakline-color-')).map((p) => html`<tr><td><code>${p.name}</code></td><td><code>${p.default ?? ''}</code></td><td>${p.description ?? ''}</td></tr>`)}
      </tbody>
    </table>`,
  // Every documented property is listed, each with what it does (the sizes were names in a sentence, without defaults).
  play: async ({ canvasElement }) => {
    const listed = [...canvasElement.querySelectorAll('.tokens td:first-child code')].map((c) => c.textContent);
    for (const p of documented) await expect(listed).toContain(p.name);
    for (const tr of canvasElement.querySelectorAll('.tokens tbody tr')) await expect(tr.lastElementChild!.textContent!.trim()).not.toBe('');
  },
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

/** A custom property as custom-elements.json documents it (from the elements' `@cssproperty` JSDoc). */
interface CssProperty {
  name: string;
  default?: string;
  description?: string;
}

/** Every documented `--peakline-*` property, from every element (the gauge's headline size, the trajectory's lines). */
const documented = (() => {
  const all = new Map<string, CssProperty>();
  for (const mod of (manifest as unknown as { modules: { declarations?: { cssProperties?: CssProperty[] }[] }[] }).modules)
    for (const d of mod.declarations ?? []) for (const p of d.cssProperties ?? []) all.set(p.name, p);
  return [...all.values()];
})();

/** One control per documented custom property (empty: the widget's default), plus the theme they override. */
type PlaygroundArgs = Record<`--peakline-${string}`, string> & { theme: '' | 'light' | 'dark' | 'auto' };

const playgroundArgTypes = {
  ...Object.fromEntries(
    documented.map((p) => {
      const isColour = p.name.startsWith('--peakline-color-');
      const table = { category: isColour ? 'Colours' : 'Type, spacing and frame', defaultValue: { summary: p.default ?? '' } };
      return [p.name, { control: isColour ? ('color' as const) : ('text' as const), description: p.description ?? '', table }];
    }),
  ),
  theme: { control: 'select' as const, options: ['', 'light', 'dark', 'auto'], description: 'Widget theme (`theme` attribute) the properties override; empty = the toolbar’s' },
};

const emptyPlayground = { ...Object.fromEntries(documented.map((p) => [p.name, ''])), theme: '' } as PlaygroundArgs;

/** The custom properties to set: only those whose control has a value (an empty one leaves the default). */
const playgroundStyle = (args: PlaygroundArgs): Record<string, string> => {
  const style: Record<string, string> = {};
  for (const [name, value] of Object.entries(args)) {
    if (!name.startsWith('--peakline-') || value === undefined || value === null || value === '') continue;
    style[name] = String(value);
  }
  return style;
};

type Playground = StoryObj<PlaygroundArgs>;

/** The demo's row selected on the playground's sector panel, so the selected row's surface and edge are drawn. */
const SELECTED = 'power-co2-minus-50-2030';

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
        <peakline-trajectory .data=${eu} target="net-ghg-minus-55-by-2030" theme=${theme}></peakline-trajectory>
      </div>
      <div style=${styleMap({ flex: '2 1 420px' })}>
        <peakline-sectors .data=${demo} selected=${SELECTED} theme=${theme}></peakline-sectors>
      </div>
    </div>`;
  },
};

/**
 * A value for `property` unlike any default: magenta for a colour, an odd size for a length, a monospace font.
 */
const distinctive = (property: string): string =>
  property.startsWith('--peakline-color-')
    ? 'rgb(255, 0, 170)'
    : ({
        '--peakline-font-family': "'Courier New', monospace",
        '--peakline-font-size': '23px',
        '--peakline-font-size-small': '0.6em',
        '--peakline-font-size-large': '3em',
        '--peakline-line-height': '2.2',
        '--peakline-radius': '19px',
        '--peakline-padding': '2.3em',
        '--peakline-gap': '2.1em',
        '--peakline-border-width': '7px',
      } as Record<string, string>)[property] ?? '';

/** Waits until each widget on the playground shows its data (no frame still loading). */
const playgroundReady = async (canvasElement: HTMLElement) => {
  const widgets = [...canvasElement.querySelectorAll('peakline-gauge, peakline-trajectory, peakline-sectors')];
  await waitFor(() => {
    for (const w of widgets) expect(w.shadowRoot?.querySelector('[part~="frame"]:not([aria-busy="true"])')).not.toBeNull();
  });
};

/**
 * Try the custom properties live: every documented `--peakline-*` property has a control (its description and default
 * as on each widget's docs page), set on a wrapper around a gauge (China's industrial energy intensity), a trajectory
 * (the EU's −55% by 2030, with its projection's likely range) and a sector panel (the illustrative demo: every status,
 * the *Illustrative data* badge, and a selected row). A property whose control is empty is not set, so the widget's
 * default shows. The same properties work on any ancestor or on the elements themselves.
 *
 * The play function sets each documented property in turn to a value unlike its default and fails if nothing drawn
 * changes (stories/painted.ts): every property the docs list can be seen at work here.
 */
export const Playground: Playground = {
  ...playground,
  play: async ({ canvasElement, step }) => {
    const wrapper = canvasElement.querySelector<HTMLElement>('.playground')!;
    await playgroundReady(canvasElement);
    await step('The playground shows what the properties paint: a band, every status, the badge, a selected row', async () => {
      const trajectory = canvasElement.querySelector('peakline-trajectory')!.shadowRoot!;
      const sectors = canvasElement.querySelector('peakline-sectors')!.shadowRoot!;
      await expect(trajectory.querySelector('.band')).not.toBeNull();
      await expect(sectors.querySelector(`[data-target="${SELECTED}"][aria-selected="true"]`)).not.toBeNull();
      await expect(sectors.querySelector('[part~="badge"]')).not.toBeNull();
    });
    await settled(wrapper);
    const before = painted(wrapper);
    const unseen: string[] = [];
    for (const p of documented) {
      const value = distinctive(p.name);
      await expect([p.name, value]).not.toEqual([p.name, '']);
      wrapper.style.setProperty(p.name, value);
      await settled(wrapper);
      if (changed(before, painted(wrapper)).length === 0) unseen.push(p.name);
      wrapper.style.removeProperty(p.name);
      await settled(wrapper);
    }
    // Each property listed here is documented but changes nothing on the playground: show what it paints.
    await expect(unseen, `documented, yet unseen on the playground: ${unseen.join(', ')}`).toEqual([]);
  },
};

/**
 * The playground with a cream background, square corners, a thick border and a serif font; the play function checks
 * they take effect.
 * A light re-skin, so the light theme is pinned (the dark theme's pale text would be unreadable on cream).
 */
export const PlaygroundCustomised: Playground = {
  ...playground,
  args: {
    ...emptyPlayground,
    theme: 'light',
    '--peakline-color-bg': '#fff8ef',
    '--peakline-font-family': "Georgia, 'Times New Roman', serif",
    '--peakline-radius': '0',
    '--peakline-border-width': '3px',
  },
  play: async ({ canvasElement, args, argTypes }) => {
    // Every documented property has a working control (none switched off as documentation).
    await expect(documented.length).toBeGreaterThan(20);
    for (const p of documented) await expect([p.name, (argTypes as Record<string, { control?: unknown } | undefined>)[p.name]?.control]).not.toEqual([p.name, false]);
    const wrapper = canvasElement.querySelector<HTMLElement>('.playground')!;
    // Only the properties with a value are set.
    await expect(wrapper.style.getPropertyValue('--peakline-color-bg')).toBe('#fff8ef');
    await expect(wrapper.style.getPropertyValue('--peakline-color-text')).toBe('');
    // The colour the browser computes for the control's value, whatever notation the colour picker used.
    const probe = document.createElement('div');
    probe.style.backgroundColor = args['--peakline-color-bg'] ?? '';
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
      await expect(frame.borderTopWidth).toBe('3px');
    }
    await expect(getComputedStyle(widgets[0]!).fontFamily).toContain('Georgia');
  },
};
