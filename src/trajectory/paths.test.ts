import { describe, expect, it } from 'vitest';
import china from '../../data/cn-industry-carbon-peaking-2022.json';
import type { Observation, PolicyDocument, Goal } from '../format/types.js';
import { valueFormat } from '../i18n/format.js';
import { assess } from '../progress/assess.js';
import { ring, trajectoryGeometry } from './geometry.js';
import { trajectoryModel } from './model.js';
import { bandPath, gapRanges, linePath, withGaps } from './paths.js';
import { chartHeight } from './scales.js';
import { trajectoryView } from './view.js';
import demo from '../../data/illustrative-demo.json';

const cn = china as unknown as PolicyDocument;

/** Rounds every number in a path string to 3 decimals (the strings already carry at most 2). */
const round3 = (d: string) => d.replace(/-?\d+\.?\d*(e-?\d+)?/g, (n) => String(Math.round(Number(n) * 1000) / 1000));

// A toy scale for readable strings: 10 px a year from 2000, value v at y = 100 − v.
const x = (year: number) => (year - 2000) * 10;
const y = (v: number) => 100 - v;

describe('linePath', () => {
  it('breaks the line at a missing year instead of bridging it', () => {
    const pts = withGaps([{ year: 2000, value: 10 }, { year: 2001, value: 20 }, { year: 2003, value: 30 }, { year: 2004, value: 40 }]);
    expect(pts.map((p) => p.value)).toEqual([10, 20, null, 30, 40]);
    // (2000, 10) → (0, 90); (2001, 20) → (10, 80); gap at 2002; (2003, 30) → (30, 70); (2004, 40) → (40, 60).
    expect(linePath(pts, x, y)).toBe('M0,90L10,80M30,70L40,60');
  });

  it('is empty for no points', () => {
    expect(linePath([], x, y)).toBe('');
  });

  it('lists the gaps in words-ready ranges', () => {
    expect(gapRanges([{ year: 1990, value: 1 }, { year: 1991, value: 1 }, { year: 1995, value: 1 }, { year: 1997, value: 1 }])).toEqual([[1992, 1994], [1996, 1996]]);
  });
});

describe('bandPath', () => {
  it('runs along the upper edge and back along the lower one', () => {
    const d = bandPath([{ year: 2000, lo: 50, hi: 50 }, { year: 2001, lo: 45, hi: 55 }, { year: 2002, lo: 40, hi: 60 }], x, y);
    // Upper (hi) edge: (0,50) (10,45) (20,40); then the lower (lo) edge backwards: (20,60) (10,55) (0,50).
    expect(d).toBe('M0,50L10,45L20,40L20,60L10,55L0,50Z');
  });

  it('needs two points', () => {
    expect(bandPath([{ year: 2000, lo: 1, hi: 2 }], x, y)).toBe('');
  });
});

describe('geometry of the China energy-intensity chart at 600 px (en)', () => {
  const target = cn.targets.find((t) => t.id === 'industrial-energy-intensity-2025')!;
  const g = trajectoryView(cn, target, { lang: 'en', width: 600 }).geometry;
  const line = (cls: string) => g.lines.find(([c]) => c === cls)![1];

  it('has a 600 × 375 box (16:10) and a plot inside the axes', () => {
    expect([g.width, g.height]).toEqual([600, 375]);
    expect(g.plot).toEqual({ x0: 32, y0: 10, x1: 592, y1: 351 });
    // x: 2020 → 42, 2025 → 582, 108 px a year. y: 80 → 351, 105 → 10, so 341/25 = 13.64 px per index point.
    expect(g.xTicks.map((t) => [t.label, t.pos])).toEqual([['2020', 42], ['2021', 150], ['2022', 258], ['2023', 366], ['2024', 474], ['2025', 582]]);
    expect(g.yTicks.map((t) => [t.label, t.pos])).toEqual([['80', 351], ['85', 282.8], ['90', 214.6], ['95', 146.4], ['100', 78.2], ['105', 10]]);
  });

  it('draws the observed series', () => {
    // By hand: y(100) = 351 − 20 × 13.64 = 78.2; y(94.4) = 351 − 14.4 × 13.64 = 154.58; y(93.2) = 351 − 13.2 × 13.64 = 170.95.
    expect(round3(line('series'))).toMatchInlineSnapshot(`"M42,78.2L150,154.58L258,170.95"`);
  });

  it('draws the required path at a constant rate', () => {
    // 2021: 100 × 0.971411 = 97.1411 → y = 351 − 17.1411 × 13.64 = 117.19. 2025: 86.5 → 351 − 6.5 × 13.64 = 262.34.
    expect(round3(line('required'))).toMatchInlineSnapshot(`"M42,78.2L150,117.19L258,155.07L366,191.87L474,227.62L582,262.34"`);
  });

  it('draws the projection from the latest observation at the achieved rate', () => {
    // 93.2 × 0.965401^3 = 83.857 in 2025 → y = 351 − 3.857 × 13.64 = 298.39.
    expect(round3(g.projection)).toMatchInlineSnapshot(`"M258,170.95L366,214.94L474,257.4L582,298.39"`);
  });

  it('draws no band: two yearly changes are too few to take a spread from (see band.test.ts)', () => {
    expect(g.band).toBe('');
    expect(g.lines.map(([cls]) => cls)).not.toContain('band');
  });

  it('marks the gap at 2025 between the projection and the target, and the ceiling', () => {
    // The gap runs from the projection's end (582, 298.39) up to the target (y 262.34).
    expect(g.lines).toContainEqual(['gap', 'M578,298.39h8m-4,0V262.34m-4,0h8']);
    expect(g.lines).toContainEqual(['reference-line ceiling', 'M32,262.34H592']);
    expect(g.markers).toContainEqual(['marker target', ring(582, 262.34, 6.5)]);
    expect(g.labels.map((l) => l.text)).toEqual(['Target 86.5', 'Baseline']);
  });
});

describe('performance', () => {
  // 60 years of a noisy, rising-then-falling series, a relative target and a 10-year projection.
  const observations: Observation[] = Array.from({ length: 60 }, (_, i) => ({
    indicator: 'x', year: 1965 + i, value: 1000 + 40 * i - 0.6 * i * i + 25 * Math.sin(i * 1.7),
    provenance: { status: i % 3 === 0 ? 'estimate' : 'official', source: 's' },
  }));
  const doc: PolicyDocument = {
    formatVersion: 1,
    policy: { id: 'p', title: 'P', jurisdiction: 'X' },
    sources: [{ id: 's', title: 'S', url: 'https://example.org' }],
    indicators: [{ id: 'x', label: 'X', unit: 'Mt', better: 'lower' }],
    targets: [{ id: 't', indicator: 'x', baseline: { year: 2005, value: 1000 + 40 * 40 - 0.6 * 1600 }, goal: { kind: 'relative', change: -40, year: 2035 } }],
    observations,
  };
  const target = doc.targets[0]!;

  // Timings are budgets for `npm run bench` (60 trajectories on one page), not for a test: a wall-clock bound here
  // failed on a loaded 2-core machine (6 ms per view against 4) while the code had not changed.
  it('draws a 60-year series with projection and band at every width from 320 to 1,120 px, with no NaN in a path', () => {
    const a = assess(doc, 't', { lang: 'en' })!;
    const model = trajectoryModel(doc, target, a);
    expect(model.observed).toHaveLength(60);
    expect(model.projection.length).toBe(12); // 2024 … 2035
    const labels = { baseline: 'Baseline', target: 'Target', milestone: String, deadline: '', peak: '' };
    for (let w = 320; w <= 1120; w += 100) {
      const g = trajectoryGeometry({ model, width: w, height: chartHeight(w, 16), values: valueFormat('en', '', [], [], []), labels, font: 12 });
      expect(JSON.stringify(g), `${w} px`).not.toMatch(/NaN|Infinity/);
    }
  });

  it('builds the whole view (assessment, model, geometry, text) in both languages', () => {
    for (const lang of ['en', 'zh'] as const) {
      const v = trajectoryView(doc, target, { lang, width: 640 });
      expect(JSON.stringify(v), lang).not.toMatch(/NaN|undefined/);
    }
  });
});

/** One indicator "ind" (lower is better unless said), one target "t", yearly observations from `first`. */
function modelDoc(goal: Goal, baseline: { year: number; value?: number }, values: number[], first = 2020, better: 'lower' | 'higher' = 'lower'): PolicyDocument {
  return {
    formatVersion: 1,
    policy: { id: 'p', title: 'P', jurisdiction: 'X' },
    sources: [{ id: 's', title: 'S', url: 'https://example.org' }],
    indicators: [{ id: 'ind', label: 'I', unit: 'Mt', better }],
    targets: [{ id: 't', indicator: 'ind', baseline, goal }],
    observations: values.map((value, i) => ({ indicator: 'ind', year: first + i, value, provenance: { status: 'official', source: 's' } })),
  } as PolicyDocument;
}
const model = (d: PolicyDocument) => trajectoryModel(d, d.targets[0]!, assess(d, 't')!);

describe('edges: trajectory model', () => {
  it('draws a relative target without any data (no baseline value, no observations) without throwing', () => {
    const d = modelDoc({ kind: 'relative', change: -20, year: 2030 }, { year: 2020 }, []);
    expect(() => model(d)).not.toThrow();
    expect(model(d).target).toBeNull();
  });

  it('marks the milestone judged against when it reaches the final count early: 60 by 2025 (final 60 by 2030)', () => {
    const d = modelDoc({ kind: 'count', value: 60, year: 2030 }, { year: 2020, value: 0 }, [0, 10, 20, 30], 2020, 'higher');
    (d.targets[0] as { milestones?: unknown }).milestones = [{ year: 2025, value: 60 }];
    expect(model(d).judged).toEqual({ year: 2025, value: 60 });
  });

  it('a count chart\'s value axis starts at zero: 10 → 60 by 2030, observed 12, 15 → y extent from 0', () => {
    const d = modelDoc({ kind: 'count', value: 60, year: 2030 }, { year: 2020, value: 10 }, [12, 15], 2021, 'higher');
    expect(model(d).yExtent).toEqual([0, 60]);
  });

  it('a cap draws its allowances, not a ceiling (no reference line)', () => {
    const d = demo as unknown as PolicyDocument;
    const t = d.targets.find((x) => x.id === 'buildings-ghg-allowances-2030')!;
    expect(trajectoryModel(d, t, assess(d, t.id)!).reference).toBeNull();
  });

  it('a one-point required path (the baseline alone) is not drawn, and has no shape', () => {
    // Baseline from an observation (2024) after the goal year (2023): the path is that point alone.
    const m = model(modelDoc({ kind: 'absolute', value: 80, comparison: 'at-most', year: 2023 }, { year: 2020 }, [100, 90], 2024));
    expect(m.required).toEqual([]);
    expect(m.requiredShape).toBeNull();
  });

  it('the band of a straight-line projection is in the indicator\'s units: to zero by 2050, 100 → 92 yearly', () => {
    // Goal 0: a compound rate is undefined, so rates and the band are linear (σ of the differences, "absolute").
    const m = model(modelDoc({ kind: 'absolute', value: 0, comparison: 'at-most', year: 2050 }, { year: 2020, value: 100 }, [100, 98, 97, 94, 93, 92]));
    expect(m.spread?.kind).toBe('absolute');
  });

  it('a peak series of values below 1 still has a log band: 0.5 → 0.6 yearly', () => {
    const m = model(modelDoc({ kind: 'peak', year: 2030 }, { year: 2020 }, [0.5, 0.52, 0.55, 0.56, 0.58, 0.6]));
    expect(m.spread?.kind).toBe('log');
    expect(m.comparison).toBeNull();
  });
});
