import { describe, expect, it } from 'vitest';
import demo from '../../data/illustrative-demo.json';
import china from '../../data/cn-industry-carbon-peaking-2022.json';
import eu from '../../data/eu-climate-law-2021.json';
import type { PolicyDocument } from '../format/types.js';
import { assess } from '../progress/assess.js';
import { headline, movement, targetPhrase } from './describe.js';

const target = (doc: PolicyDocument, id: string) => doc.targets.find((t) => t.id === id)!;
const d = demo as unknown as PolicyDocument;
const c = china as unknown as PolicyDocument;
const e = eu as unknown as PolicyDocument;

describe('targetPhrase', () => {
  it('count targets give every milestone its unit, folded into 万 in Chinese', () => {
    expect(targetPhrase(d, target(d, 'heat-pumps-500-2032'), 'en')).toBe('200\u00a0thousand units by 2027, 500\u00a0thousand units by 2032');
    expect(targetPhrase(d, target(d, 'heat-pumps-500-2032'), 'zh')).toBe('到2027\u2060年20\u2060万\u2060台，到2032\u2060年50\u2060万\u2060台');
  });
  it('relative, absolute and peak targets in both languages', () => {
    expect(targetPhrase(c, target(c, 'industrial-energy-intensity-2025'), 'en')).toBe('−13.5% vs 2020 by 2025');
    expect(targetPhrase(c, target(c, 'industrial-energy-intensity-2025'), 'zh')).toBe('到2025\u2060年比2020\u2060年下降13.5%');
    expect(targetPhrase(c, target(c, 'steel-scrap-capacity-2025'), 'en')).toBe('at least 180\u00a0Mt per year by 2025');
    expect(targetPhrase(c, target(c, 'steel-scrap-capacity-2025'), 'zh')).toBe('到2025\u2060年不低于1.8\u2060亿\u2060吨/年');
    expect(targetPhrase(c, target(c, 'industrial-co2-peak-2030'), 'en')).toBe('peak by 2030');
  });
  it('a ceiling of zero reads "zero", without a unit (it needs none)', () => {
    // A ceiling of zero in words: "zero by 2050", not "at most 0 Mt CO₂e by 2050".
    expect(targetPhrase(e, target(e, 'climate-neutrality-by-2050'), 'zh')).toBe('到2050\u2060年降至零');
    expect(targetPhrase(e, target(e, 'climate-neutrality-by-2050'), 'en')).toBe('zero by 2050');
  });
});

describe('headline and movement of a relative target', () => {
  // Found by the fuzz suite (strict mode): a valid baseline so small that the latest value's ratio to it overflows
  // (400 / 5e-324 = Infinity) wrote the change as "—": the gauge's headline "—" and "Up —% from 2015 as of 2024".
  const t = target(c, 'industrial-energy-intensity-2025');
  const tiny: PolicyDocument = { ...c, targets: [{ ...t, baseline: { ...t.baseline, value: 5e-324 } }] };
  const a = assess(tiny, t.id, { method: 'path' })!;

  it('give the latest value where the change cannot be a percentage', () => {
    expect(a.latest).not.toBeNull();
    // 5e-324 (2020) → 93.2 (2022): the change is 93.2 / 5e-324 − 1 = Infinity.
    expect(a.latest).toEqual({ year: 2022, value: 93.2 });
    expect(headline(tiny, tiny.targets[0]!, a, 'en')).toBe('93.2');
    expect(movement(tiny, tiny.targets[0]!, a, 'en')).toBe('93.2 in 2022');
    expect(movement(tiny, tiny.targets[0]!, a, 'zh')).toBe('2022\u2060年为93.2');
  });

  it('still give the change from an ordinary baseline: 100 → 93 is −7%', () => {
    const obs = c.observations ?? [];
    const doc: PolicyDocument = {
      ...c,
      targets: [{ ...t, baseline: { ...t.baseline, value: 100 } }],
      observations: [...obs.filter((o) => o.indicator !== t.indicator), { indicator: t.indicator, year: t.baseline.year + 2, value: 93, provenance: obs[0]!.provenance }],
    };
    const b = assess(doc, t.id)!;
    expect(headline(doc, doc.targets[0]!, b, 'en')).toBe('\u22127%');
    expect(movement(doc, doc.targets[0]!, b, 'en')).toBe(`down 7% from ${t.baseline.year} as of ${t.baseline.year + 2}`);
  });
});
