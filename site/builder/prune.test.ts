import { describe, expect, it } from 'vitest';
import china from '../../data/cn-industry-carbon-peaking-2022.json';
import demo from '../../data/illustrative-demo.json';
import type { PolicyDocument } from '../../src/format/types.js';
import { validate } from '../../src/format/validate.js';
import { assess } from '../../src/progress/assess.js';
import { sectorsView } from '../../src/sectors/rows.js';
import { sortedView } from '../../src/sectors/test-doc.js';
import { pruneFor } from './prune.js';
import { inlineJson } from './snippets.js';
import { valid } from '../../test/helpers/valid.js';

const CN = valid(china);
const DEMO = valid(demo);
const size = (doc: unknown) => new TextEncoder().encode(inlineJson(doc)).length;

describe('pruneFor: what an inline snippet carries', () => {
  it('one China gauge: its target, indicator, 3 observations and the 4 sources they cite; about a quarter of the bytes', () => {
    const p = pruneFor(CN, { widget: 'gauge', target: 'industrial-energy-intensity-2025' });
    expect(validate(p).ok).toBe(true);
    expect(p.targets.map((t) => t.id)).toEqual(['industrial-energy-intensity-2025']);
    expect(p.indicators.map((i) => i.id)).toEqual(['industrial-energy-intensity-index']);
    expect(p.observations!.map((o) => o.year)).toEqual([2020, 2021, 2022]);
    // The policy's document (the plan), the target's source (the same plan page, another quote) and the two data sources.
    expect(p.sources!.map((s) => s.id)).toEqual(['plan-peaking-iki', 'plan-energy-intensity-iki', 'xinhua-industrial-energy-2021', 'cnr-industrial-energy-2021-22']);
    expect(p.sectors).toEqual(CN.sectors);
    expect(p.policy).toEqual(CN.policy);
    expect('$schema' in p).toBe(false);
    // 42 KB of JSON for the whole document (2-space indent, as pasted); the gauge needs 11 KB, most of it the policy's
    // summary and the sources' titles and quotes, in two languages.
    expect(size(CN)).toBeGreaterThan(40_000);
    expect(size(p)).toBeLessThan(12_000);
  });

  it('the widget sees the same assessment in the pruned document as in the whole', () => {
    for (const t of CN.targets) {
      const p = pruneFor(CN, { widget: 'trajectory', target: t.id });
      expect(validate(p).ok, t.id).toBe(true);
      for (const lang of ['en', 'zh'] as const) expect(assess(p, t.id, { lang }), `${t.id} ${lang}`).toEqual(assess(CN, t.id, { lang }));
    }
  });

  it('a sector panel keeps the targets it shows, in order, and shows the same rows and sources', () => {
    for (const [doc, sectors] of [[CN, []], [CN, ['building-materials']], [DEMO, []], [DEMO, ['transport', 'power']]] as const) {
      const p = pruneFor(doc, { widget: 'sectors', sectors });
      expect(validate(p).ok).toBe(true);
      const opts = { lang: 'en', sort: 'status' } as const;
      // Rows are the same but for `index`, a row's place in its document's targets (the "data" order, which is kept).
      const view = (d: PolicyDocument) => {
        const v = sortedView(d, { sectors: [...sectors] }, opts);
        return { ...v, rows: v.rows.map(({ index: _, ...r }) => r) };
      };
      expect(view(p)).toEqual(view(doc));
      expect(sectorsView(p, {}, { lang: 'en' }).rows.map((r) => r.targetId)).toEqual(sectorsView(doc, { sectors: [...sectors] }, { lang: 'en' }).rows.map((r) => r.targetId));
    }
    // China, unfiltered: every one of the 7 targets is a row (the three headline ones under "All sectors"), with its data.
    const all = pruneFor(CN, { widget: 'sectors' });
    expect(all.targets).toHaveLength(7);
    expect(sectorsView(all, {}, { lang: 'en' }).rows.map((r) => r.targetId)).toEqual(CN.targets.map((t) => t.id));
    expect(all.observations!.some((o) => o.indicator === 'co2-national')).toBe(true);
    // 36 KB of JSON, 44 KB whole: the sources and documents no row cites are left out.
    expect(size(all)).toBeLessThan(37_000);
    expect(size(CN)).toBeGreaterThan(43_000);
    // Filtered, the panel says nothing of other targets, and the document keeps only its own.
    expect(pruneFor(CN, { widget: 'sectors', sectors: ['steel'] }).targets.map((t) => t.id)).toEqual(['steel-scrap-capacity-2025']);
  });

  it('an unknown target keeps the whole document (less $schema), so the widget can name the targets there are', () => {
    const p = pruneFor(CN, { widget: 'gauge', target: 'no-such-target' });
    expect(p.targets).toHaveLength(CN.targets.length);
    expect('$schema' in p).toBe(false);
  });

  it('keeps a source given in place (an object, not an id) and leaves out the sources nothing kept cites', () => {
    const doc = valid({
      formatVersion: 1,
      policy: { id: 'p', title: 'P', jurisdiction: 'X' },
      sources: [{ id: 'a', title: 'A', url: 'https://a.example/' }, { id: 'b', title: 'B', url: 'https://b.example/' }],
      indicators: [{ id: 'i', label: 'I', unit: 't', better: 'lower' }, { id: 'j', label: 'J', unit: 't', better: 'lower' }],
      targets: [
        { id: 't', indicator: 'i', baseline: { year: 2020, value: 10 }, goal: { kind: 'relative', change: -10, year: 2030 }, source: { title: 'In place', url: 'https://c.example/' } },
        { id: 'u', indicator: 'j', baseline: { year: 2020, value: 10 }, goal: { kind: 'relative', change: -10, year: 2030 }, source: 'b' },
      ],
      observations: [{ indicator: 'i', year: 2021, value: 9, provenance: { status: 'official', source: 'a' } }],
    });
    const p = pruneFor(doc, { widget: 'gauge', target: 't' });
    expect(p.targets[0]!.source).toEqual({ title: 'In place', url: 'https://c.example/' });
    expect(p.sources!.map((s) => s.id)).toEqual(['a']);
    expect(validate(p).ok).toBe(true);
  });
});
