import { describe, expect, it } from 'vitest';
import china from '../../data/cn-industry-carbon-peaking-2022.json';
import eu from '../../data/eu-climate-law-2021.json';
import demo from '../../data/illustrative-demo.json';
import type { PolicyDocument } from '../format/types.js';
import { LANGS, type Lang } from '../i18n/lang.js';
import type { Rect } from './labels.js';
import { assess } from '../progress/assess.js';
import { turned } from '../progress/peak.js';
import { trajectoryView, type TrajectoryViewOptions } from './view.js';

const docs = { china, eu, demo } as unknown as Record<string, PolicyDocument>;
const view = (doc: PolicyDocument, id: string, opts: Partial<TrajectoryViewOptions> = {}) =>
  trajectoryView(doc, doc.targets.find((t) => t.id === id)!, { lang: 'en', width: 320, ...opts });

type P = { x: number; y: number };

/** The polylines of path data made of M, L, H, V (absolute or relative) and Z, as the chart's lines are written. */
function polylines(d: string): P[][] {
  const out: P[][] = [];
  let run: P[] = [];
  let x = 0;
  let y = 0;
  for (const [, c, args] of d.matchAll(/([MLHVZmlhvz])([^MLHVZmlhvz]*)/g)) {
    const n = (args!.match(/-?[\d.]+(?:e-?\d+)?/g) ?? []).map(Number);
    const rel = c === c!.toLowerCase();
    const C = c!.toUpperCase();
    if (C === 'M' && run.length) (out.push(run), (run = []));
    if (C === 'M' || C === 'L')
      for (let i = 0; i < n.length; i += 2) run.push({ x: (x = rel ? x + n[i]! : n[i]!), y: (y = rel ? y + n[i + 1]! : n[i + 1]!) });
    else if (C === 'H') for (const v of n) run.push({ x: (x = rel ? x + v : v), y });
    else if (C === 'V') for (const v of n) run.push({ x, y: (y = rel ? y + v : v) });
    else if (C === 'Z' && run[0]) run.push(run[0]);
  }
  if (run.length) out.push(run);
  return out;
}

/** Whether segment a–b passes through `r` shrunk by 1 px (a line grazing a label's box does not strike it through). */
function crosses(a: P, b: P, r: Rect): boolean {
  const [x0, x1, y0, y1] = [r.x0 + 1, r.x1 - 1, r.y0 + 1, r.y1 - 1];
  let [t0, t1] = [0, 1];
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  for (const [p, q] of [[-dx, a.x - x0], [dx, x1 - a.x], [-dy, a.y - y0], [dy, y1 - a.y]] as const) {
    if (p === 0) {
      if (q < 0) return false;
    } else if (p < 0) t0 = Math.max(t0, q / p);
    else t1 = Math.min(t1, q / p);
  }
  return t0 < t1;
}

describe('direct labels', () => {
  it('EU −55% by 2030 at 320 px: "Target 2,194" sits over the target line, left of where the dotted path meets it', () => {
    for (const lang of LANGS as readonly Lang[]) {
      const g = view(docs.eu!, 'net-ghg-minus-55-by-2030', { lang }).geometry;
      const [label] = g.labels;
      // The target is at (302, 183.95), the path reaches it from the upper left (at x = 283.55 it is at 175.55, inside
      // the old box 215.7–298.5 × 162.55–176.95). Every place beside the target crosses the path (or leaves the plot),
      // and 7 px above and left of the target's level, 60 px further left, it is clear.
      expect(label!.text).toBe(lang === 'en' ? 'Target 2,194' : '目标：21.94');
      expect([label!.x, label!.y, label!.rect.y1]).toEqual([238.5, 173.95, 176.95]);
      const path = g.lines.find(([c]) => c === 'required')![1];
      for (const run of polylines(path)) for (let i = 1; i < run.length; i++) expect(crosses(run[i - 1]!, run[i]!, label!.rect)).toBe(false);
    }
  });

  // Every built-in target, at three widths, in both languages, with each method: no label is struck through by a
  // drawn line (observed series, required path, projection, gap, ceiling or floor, deadline) or overlaps another.
  for (const lang of LANGS as readonly Lang[]) {
    it(`${lang}: no label crossed by a line or another label in any built-in chart at 320, 600 and 900 px`, () => {
      const found: string[] = [];
      for (const [name, doc] of Object.entries(docs))
        for (const t of doc.targets)
          for (const width of [320, 600, 900])
            for (const method of [undefined, 'path', 'rate'] as const) {
              const g = trajectoryView(doc, t, { lang, width, method }).geometry;
              const where = `${name} ${t.id} ${width} px ${method ?? ''}`;
              g.labels.forEach((l, i) => {
                for (const [cls, d] of g.lines) {
                  // Areas (the band, a target range) may lie under a label.
                  if (/band|range/.test(cls)) continue;
                  if (polylines(d).some((run) => run.some((p, k) => k > 0 && crosses(run[k - 1]!, p, l.rect)))) found.push(`${where}: "${l.text}" × ${cls}`);
                }
                for (const m of g.labels.slice(i + 1))
                  if (l.rect.x0 < m.rect.x1 && m.rect.x0 < l.rect.x1 && l.rect.y0 < m.rect.y1 && m.rect.y0 < l.rect.y1) found.push(`${where}: "${l.text}" × "${m.text}"`);
              });
            }
      expect(found).toEqual([]);
    });
  }
});

describe('axes', () => {
  it('EU net zero by 2050 at 320 px: even year ticks ending on 2050; 0 at the bottom, not a fifth of the way up', () => {
    const g = view(docs.eu!, 'climate-neutrality-by-2050').geometry;
    // 1990–2050 over 246 px: every 20 years, ending on 2050 (was 2000, 2020, 2050).
    expect(g.xTicks.map((t) => t.label)).toEqual(['1990', '2010', '2030', '2050']);
    // The data (0…4,876) padded by 4%, −195…5,071: the axis stops at −195 instead of the nice −2,000; 0 is 6 px above
    // the bottom (196) where it was at 149.5, with −2,000 under it.
    expect(g.yTicks.map((t) => `${t.label}@${t.pos}`)).toEqual(['0@190.14', '2,000@130.1', '4,000@70.05', '6,000@10']);
    expect(g.plot.y1).toBe(196);
    // Also at 900 px (was down to −1,000).
    expect(view(docs.eu!, 'climate-neutrality-by-2050', { width: 900 }).geometry.yTicks[0]!.label).toBe('0');
    // Their labels: years 4 px under the plot plus a 12 px line (196 + 16 = 212); values 6 px left of it, their middle on
    // the tick (190.14 + 0.32 × 12 = 193.98).
    expect(g.tickLabels.x.map((t) => `${t.label}@${t.x},${t.y}`)).toEqual(g.xTicks.map((t) => `${t.label}@${t.pos},212`));
    expect(g.tickLabels.y[0]).toEqual({ x: g.plot.x0 - 6, y: 193.98, label: '0' });
    expect(g.tickLabels.y.at(-1)).toEqual({ x: g.plot.x0 - 6, y: 13.84, label: '6,000' });
  });

  it('an axis far from zero keeps its nice ends: only an axis that would cross zero stops short of the next tick', () => {
    // China's energy-intensity index (83.9…100) is far from zero: its axis ends on nice ticks, 80…105.
    const g = view(docs.china!, 'industrial-energy-intensity-2025').geometry;
    expect([g.yTicks[0]!.label, g.yTicks.at(-1)!.label]).toEqual(['80', '105']);
    expect(g.yTicks[0]!.pos).toBe(g.plot.y1);
    expect(g.yTicks.at(-1)!.pos).toBe(g.plot.y0);
  });
});

describe('text size', () => {
  it('computes ticks, margins and labels for 0.75 of the element\'s font size', () => {
    const at = (fontPx?: number) => view(docs.eu!, 'net-ghg-minus-55-by-2030', { fontPx }).geometry;
    const normal = at();
    expect(at(16)).toEqual(normal);
    // 12 px and 18 px chart text: its widths, margins and label heights below.
    const big = at(24);
    // The same width; at 24 px the chart's floor is 220 × 24/16 = 330 px, so a tooltip at large text fits it.
    expect([big.width, normal.height, big.height]).toEqual([normal.width, 220, 330]);
    // y labels "5,000" are 3 em: 36 px at 12 px, 54 px at 18 px; the left margin is the widest plus 10 px.
    expect(normal.yTicks.map((t) => t.width)).toEqual([36, 36, 36, 36]);
    expect(big.yTicks.map((t) => t.width)).toEqual([54, 54, 54, 54]);
    expect([normal.plot.x0, big.plot.x0]).toEqual([46, 64]);
    // Two lines of 18 px under the plot for the x labels (24 px at 12 px).
    expect([normal.height - normal.plot.y1, big.height - big.plot.y1]).toEqual([24, 36]);
    // Direct labels are 1.2 em tall.
    for (const l of big.labels) expect(l.rect.y1 - l.rect.y0).toBeCloseTo(21.6, 6);
    // Year labels are 2.4 em wide (43.2 px) with 12 px between them (55.2 px): decades, 54.5 px apart, no longer fit, so
    // every 20 years. The first and last keep clear of the y labels and inside the chart: the plot's insets grow from
    // 10 px to 18 and 16 (half a label taken at 1.3 em, 23.4 px, rounded up, less the 6 px left of the plot and the 8 px
    // right of it).
    expect(normal.xTicks.map((t) => t.label)).toEqual(['1990', '2000', '2010', '2020', '2030']);
    expect(big.xTicks.map((t) => `${t.label}@${t.pos}`)).toEqual(['1990@82', '2010@189', '2030@296']);
    expect([normal.xTicks[0]!.pos - normal.plot.x0, big.xTicks[0]!.pos - big.plot.x0]).toEqual([10, 18]);
    expect(big.xTicks[0]!.width).toBeCloseTo(43.2, 9);
    const last = big.xTicks.at(-1)!;
    expect(last.pos + last.width / 2).toBeLessThanOrEqual(big.width);
  });
});

describe('the first and last years\' labels at 200% text in a 320 px column', () => {
  it('keep clear of the lowest y label and inside the chart in a font whose digits are 0.636 em wide', () => {
    // China's energy intensity, 24 px chart text (a 32 px font), a 262 px chart (a 320 px column less the frame).
    // DejaVu Sans (Chromium's system-ui on Linux) draws a digit 0.636 em wide: "2020" is 61.06 px, "80" 30.53 px, wider
    // than the width estimate's 0.6 em (57.6 px, 28.8 px). The y labels: "105" estimated 43.2 px, so the plot starts
    // at ceil(43.2 + 10) = 54 and the labels end 6 px left of it, at 48; the lowest, "80", is centred on the plot's
    // bottom (392), half a line into the year labels' row (their tops at 396), so only the x distance keeps them apart.
    for (const lang of LANGS) {
      const g = view(docs.china!, 'industrial-energy-intensity-2025', { lang, width: 262, fontPx: 32 }).geometry;
      expect([g.plot.x0, g.plot.x1, g.plot.y1]).toEqual([54, 254, 392]);
      expect(g.tickLabels.y.map((t) => [t.label, t.x])[0]).toEqual(['80', 48]);
      // The years sit ceil(1.3 × 24) = 32 px from the y labels' end and from the chart's edge (26 px in from the plot's
      // left, 24 px from its right): 2020 at 48 + 32 = 80, 2025 at 262 − 32 = 230. At the estimate's 1.2 em (ceil(28.8)
      // = 29 px) they sat at 77 and 233: "2020" from 46.47 px, 1.53 px over "80"; "2025" to 263.53 px, past the 262 px edge.
      expect(g.tickLabels.x.map((t) => [t.label, t.x])).toEqual([['2020', 80], ['2025', 230]]);
      // Drawn 0.636 em a digit, each keeps 1.47 px clear.
      const half = (4 * 0.636 * 24) / 2; // 30.53 px
      const [first, end] = g.tickLabels.x;
      expect(first!.x - half - g.tickLabels.y[0]!.x).toBeCloseTo(1.47, 2);
      expect(g.width - (end!.x + half)).toBeCloseTo(1.47, 2);
    }
  });
});

describe('the deadline label', () => {
  it('keeps 4 px clear of its dashed line (its halo erased the dashes under the last glyph)', () => {
    for (const lang of ['en', 'zh'] as const)
      for (const width of [320, 600, 900]) {
        const g = view(docs.china!, 'industrial-co2-peak-2030', { lang, width }).geometry;
        const x = Number(/^M([\d.]+),/.exec(g.lines.find(([cls]) => cls === 'deadline')![1])![1]);
        const label = g.labels.find((l) => l.text === (lang === 'zh' ? '2030\u2060年前达峰' : 'Peak by 2030'))!;
        expect(label.rect.x1 <= x - 4 || label.rect.x0 >= x + 4, `${lang} ${width}: ${label.rect.x0}–${label.rect.x1} vs ${x}`).toBe(true);
      }
  });
});


describe('the deadline label and the likely range', () => {
  it('keeps 2 px off the band’s edges on a turned, unconfirmed peak ("Peak by 2030" sat on the band’s top edge)', () => {
    // The demo's transport energy made to turn (illustrative values, as the demo's are): highest in 2023, one lower year
    // after it, growth below zero. The band fans out from 2024 to the deadline, its upper edge near the plot's top,
    // where the label stood across it (600 px: 467–567 × 18–32 over an edge at 23–25).
    const doc = structuredClone(demo) as unknown as PolicyDocument;
    const values = [300, 305, 311, 318, 324, 330, 334, 337, 338, 336];
    const series = (doc.observations as unknown as { indicator: string; value: number; provenance: { status: string } }[]).filter((o) => o.indicator === 'transport-energy');
    series.forEach((o, i) => (o.value = values[i]!));
    expect(series.map((o) => o.provenance.status)).toEqual(values.map(() => 'illustrative'));
    const facts = assess(doc, 'transport-energy-peak-2030')!.peak!;
    expect([turned(facts), facts.peak.year]).toEqual([true, 2023]);
    const near: string[] = [];
    let checked = 0;
    for (const lang of LANGS)
      for (let width = 240; width <= 1200; width += 12)
        for (const fontPx of [16, 32]) {
          const g = view(doc, 'transport-energy-peak-2030', { lang, width, fontPx }).geometry!;
          const label = g.labels.find((l) => /^Peak by 2030$|^2030\u2060年前达峰$/.test(l.text));
          if (!g.band || !label) continue;
          checked++;
          const r = label.rect;
          // Grown by 3 px: `crosses` shrinks a box by 1, so a segment it meets passes within 2 px of the label.
          const grown = { x0: r.x0 - 3, y0: r.y0 - 3, x1: r.x1 + 3, y1: r.y1 + 3 };
          if (polylines(g.band).some((run) => run.some((p, i) => i > 0 && crosses(run[i - 1]!, p, grown)))) near.push(`${lang} ${width} ${fontPx}`);
        }
    expect(checked).toBeGreaterThan(200);
    expect(near).toEqual([]);
  });
});

describe('the peak’s caret', () => {
  /** The caret's own label: "Peak 2019", "Highest 2023", "2019⁠年峰值", "2023⁠年最高". */
  const isPeakLabel = (text: string) => /^(Peak|Highest) \d{4}$|^\d{4}\u2060年(峰值|最高)$/.test(text);
  it('has no other label beside it at its height, within 2 em ("Baseline ▼" read as the caret’s label)', () => {
    // China's CO₂ at 240–320 px put "Baseline" 10–16 px left of the ▼ (its own label, "Highest 2023", above it).
    let carets = 0;
    for (const doc of Object.values(docs))
      for (const target of doc.targets)
        for (const lang of LANGS)
          for (let width = 240; width <= 1200; width += 20) {
            const g = trajectoryView(doc, target, { lang, width }).geometry;
            const caret = g?.markers.find(([cls]) => cls === 'marker peak');
            if (!g || !caret) continue;
            carets++;
            // The caret: "M{x − 5},{top}h10l-5,7Z", 10 px wide and 7 tall.
            const [, x, y] = /^M([\d.]+),([\d.]+)h10l-5,7Z$/.exec(caret[1])!.map(Number) as [number, number, number];
            for (const l of g.labels.filter((l) => l.rect.y1 > y && l.rect.y0 < y + 7)) {
              const gap = l.rect.x1 <= x ? x - l.rect.x1 : l.rect.x0 - (x + 10);
              // 2 em of the 12 px chart text (a 16 px font).
              expect(gap >= 24 || isPeakLabel(l.text), `${target.id} ${lang} ${width}: "${l.text}" ${gap} px from the caret`).toBe(true);
            }
          }
    expect(carets).toBeGreaterThan(250); // 294: China's CO₂ and the demo's peaks at most widths
  }, 30_000);
});

describe('the peak’s label and the likely range', () => {
  it('keeps off the band’s edges ("2023年最高" ran into its upper edge, China’s CO₂ at 414 px in Chinese)', () => {
    let checked = 0;
    const struck: string[] = [];
    for (const doc of Object.values(docs))
      for (const target of doc.targets.filter((t) => t.goal.kind === 'peak'))
        for (const lang of LANGS)
          for (let width = 240; width <= 1200; width += 6) {
            const g = trajectoryView(doc, target, { lang, width }).geometry;
            const label = g?.labels.find((l) => /^(Peak|Highest) \d{4}$|^\d{4}\u2060年(峰值|最高)$/.test(l.text));
            if (!g?.band || !label) continue;
            checked++;
            const edges = polylines(g.band);
            if (edges.some((run) => run.some((p, i) => i > 0 && crosses(run[i - 1]!, p, label.rect)))) struck.push(`${target.id} ${lang} ${width}`);
          }
    expect(checked).toBeGreaterThan(600);
    expect(struck).toEqual([]);
  }, 30_000);

  it('keeps 2 px off the band’s lower edge too, not only its upper one (China’s CO₂ from 2005, 2022 and 2023 made lower)', () => {
    // 2022 at 95% and 2023 at 98% of the published values: the projection from 2023 falls, and its lower edge passes
    // beside "Peak 2021". At 720 px the label is 529.86–612.66 × 211.26–225.66, 2 px and more clear of both edges;
    // avoiding the upper edge only, it stood 6 px higher (205.26–219.66), within 2 px of the lower one (720–780 px).
    const doc = structuredClone(china) as unknown as PolicyDocument & { observations: { indicator: string; year: number; value: number }[] };
    doc.observations = doc.observations.filter((o) => o.indicator !== 'co2-national' || o.year >= 2005);
    for (const o of doc.observations) if (o.indicator === 'co2-national') o.value *= o.year === 2023 ? 0.98 : o.year === 2022 ? 0.95 : 1;
    const near: number[] = [];
    for (let width = 600; width <= 780; width += 12) {
      const g = view(doc, 'industrial-co2-peak-2030', { width }).geometry!;
      const r = g.labels.find((l) => /^(Peak|Highest) \d{4}$/.test(l.text))!.rect;
      // Grown by 3 px: `crosses` shrinks a box by 1, so a segment it meets passes within 2 px of the label.
      const grown = { x0: r.x0 - 3, y0: r.y0 - 3, x1: r.x1 + 3, y1: r.y1 + 3 };
      if (polylines(g.band).some((run) => run.some((p, i) => i > 0 && crosses(run[i - 1]!, p, grown)))) near.push(width);
    }
    expect(near).toEqual([]);
  });
});
