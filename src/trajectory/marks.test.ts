/** Marker shapes and sizes, by hand (from a mutation-testing review: each assertion fails for a mutant that survived). */
import { describe, expect, it } from 'vitest';
import china from '../../data/cn-industry-carbon-peaking-2022.json';
import type { PolicyDocument } from '../format/types.js';
import { caret, diamond, ring, square } from './geometry.js';
import { trajectoryView } from './view.js';

const cn = china as unknown as PolicyDocument;

describe('edges: marker shapes, by hand', () => {
  it('square (baseline): centre (10, 20), 6 to each side → M4,14 h12 v12 h−12', () => {
    expect(square(10, 20, 6)).toBe('M4,14h12v12h-12Z');
  });
  it('diamond (milestone): centre (10, 20), 5.5 to each corner → top (10, 14.5), then right, bottom, left', () => {
    expect(diamond(10, 20, 5.5)).toBe('M10,14.5l5.5,5.5l-5.5,5.5l-5.5,-5.5Z');
  });
  it('caret (peak): a 10 px wide downward triangle, tip 6 px above (10, 20)', () => {
    expect(caret(10, 20)).toBe('M5,7h10l-5,7Z');
  });
  it('ring: two half-circle arcs of radius 6.5 from (3.5, 20) → 13 px across', () => {
    expect(ring(10, 20, 6.5)).toBe('M3.5,20a6.5,6.5 0 1 0 13,0a6.5,6.5 0 1 0 -13,0');
  });
});

describe('edges: marker sizes on the China energy-intensity chart at 600 px', () => {
  // From paths.test.ts: baseline (42, 78.2), target (582, 262.34), projection end (582, 298.39); 108 px a year.
  const g = trajectoryView(cn, cn.targets.find((t) => t.id === 'industrial-energy-intensity-2025')!, { lang: 'en', width: 600 }).geometry;
  it('baseline square 6, target rings 6.5 and 2.5; the projection\'s end unmarked, the gap\'s cap at it', () => {
    expect(g.markers).toContainEqual(['marker baseline', 'M36,72.2h12v12h-12Z']);
    expect(g.markers).toContainEqual(['marker target', 'M575.5,262.34a6.5,6.5 0 1 0 13,0a6.5,6.5 0 1 0 -13,0']);
    expect(g.markers).toContainEqual(['marker target-dot', 'M579.5,262.34a2.5,2.5 0 1 0 5,0a2.5,2.5 0 1 0 -5,0']);
    // A hollow ring at (582, 298.39) was the "Estimate (hollow)" glyph: a 2025 value no one has published.
    expect(g.markers.map(([cls]) => cls)).toEqual(['marker baseline', 'marker target', 'marker target-dot']);
    expect(g.lines.find(([cls]) => cls === 'gap')![1]).toBe('M578,298.39h8m-4,0V262.34m-4,0h8');
  });
  it('observation dots: 0.38 of a year (108 px → 41) capped at 3.5', () => {
    expect(g.pointRadius).toBe(3.5);
  });
});

describe('edges: plot margins follow the text size, rounded to whole px', () => {
  const t = cn.targets.find((x) => x.id === 'industrial-energy-intensity-2025')!;
  it('17 px text (chart text 12.75): the x labels take round(2 · 12.75) = round(25.5) = 26 px under the plot', () => {
    const g = trajectoryView(cn, t, { lang: 'en', width: 600, fontPx: 17 }).geometry;
    expect(g.height - g.plot.y1).toBe(26);
  });
  it('28 px text (chart text 21): half a line above the plot, round(10.5) = 11 px (more than the 10 px minimum)', () => {
    expect(trajectoryView(cn, t, { lang: 'en', width: 600, fontPx: 28 }).geometry.plot.y0).toBe(11);
  });
});
