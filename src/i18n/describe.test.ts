import { describe, expect, it } from 'vitest';
import demo from '../../data/illustrative-demo.json';
import china from '../../data/cn-industry-carbon-peaking-2022.json';
import eu from '../../data/eu-climate-law-2021.json';
import type { PolicyDocument } from '../format/types.js';
import { targetPhrase } from './describe.js';

const target = (doc: PolicyDocument, id: string) => doc.targets.find((t) => t.id === id)!;
const d = demo as unknown as PolicyDocument;
const c = china as unknown as PolicyDocument;
const e = eu as unknown as PolicyDocument;

describe('targetPhrase', () => {
  it('count targets give every milestone its unit, folded into 万 in Chinese', () => {
    expect(targetPhrase(d, target(d, 'heat-pumps-500-2032'), 'en')).toBe('200\u00a0thousand units by 2027, 500\u00a0thousand units by 2032');
    expect(targetPhrase(d, target(d, 'heat-pumps-500-2032'), 'zh')).toBe('到2027年20\u2060万\u2060台，到2032年50\u2060万\u2060台');
  });
  it('relative, absolute and peak targets in both languages', () => {
    expect(targetPhrase(c, target(c, 'industrial-energy-intensity-2025'), 'en')).toBe('−13.5% vs 2020 by 2025');
    expect(targetPhrase(c, target(c, 'industrial-energy-intensity-2025'), 'zh')).toBe('到2025年比2020年下降13.5%');
    expect(targetPhrase(c, target(c, 'steel-scrap-capacity-2025'), 'en')).toBe('at least 180\u00a0Mt per year by 2025');
    expect(targetPhrase(c, target(c, 'steel-scrap-capacity-2025'), 'zh')).toBe('到2025年不低于1.8\u2060亿\u2060吨/年');
    expect(targetPhrase(c, target(c, 'industrial-co2-peak-2030'), 'en')).toBe('peak by 2030');
  });
  it('a ceiling of zero reads "zero", without a unit (it needs none)', () => {
    // A ceiling of zero in words: "zero by 2050", not "at most 0 Mt CO₂e by 2050".
    expect(targetPhrase(e, target(e, 'climate-neutrality-by-2050'), 'zh')).toBe('到2050年降至零');
    expect(targetPhrase(e, target(e, 'climate-neutrality-by-2050'), 'en')).toBe('zero by 2050');
  });
});
