/**
 * Target phrases, headings and "where the latest value stands" for shapes the datasets do not cover (from a mutation
 * run of describe.ts). Hand-made documents: one indicator "e" (unit Mt, lower is better), targets set per test.
 */
import { describe, expect, it } from 'vitest';
import type { Observation, PolicyDocument, Target } from '../format/types.js';
import type { Assessment } from '../progress/assess.js';
import type { PeakFacts } from '../progress/peak.js';
import { describeTarget, holdUnit, movement, targetHeading, targetPhrase } from './describe.js';
import { trajectoryMessages } from '../trajectory/messages.js';

const NB = '\u00a0';
/** A fresh document (targetValues caches by document) with `target` and, optionally, observations. */
function docOf(target: Target, observations?: Observation[], unit = 'Mt'): PolicyDocument {
  return {
    formatVersion: 1,
    policy: { id: 'p', title: 'P', jurisdiction: 'X' },
    indicators: [
      { id: 'e', label: { en: 'Emissions', zh: '排放' }, unit, better: 'lower' },
      { id: 'other', label: 'Other', unit: 't', better: 'lower' },
    ],
    targets: [target],
    ...(observations && { observations }),
  } as PolicyDocument;
}
const t = (goal: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  ({ id: 't', indicator: 'e', baseline: { year: 2020, value: 120 }, goal, ...extra }) as unknown as Target;
const obs = (indicator: string, year: number, value: number): Observation => ({ indicator, year, value, provenance: { status: 'official', source: 's' } });

describe('targetPhrase', () => {
  it('a document without any observations (the field is optional) still gets its phrase', () => {
    const target = t({ kind: 'absolute', comparison: 'at-least', value: 180, year: 2025 });
    expect(targetPhrase(docOf(target), target, 'en')).toBe(`at least 180${NB}Mt by 2025`);
  });

  it('a ceiling that is not zero is "at most 50 Mt", not "zero"; only at-most 0 reads "zero"', () => {
    const target = t({ kind: 'absolute', comparison: 'at-most', value: 50, year: 2030 });
    expect(targetPhrase(docOf(target), target, 'en')).toBe(`at most 50${NB}Mt by 2030`);
  });

  it('a count target without milestones names its one goal', () => {
    const target = t({ kind: 'count', value: 500, year: 2030 }, { baseline: { year: 2020, value: 100 } });
    expect(targetPhrase(docOf(target, undefined, 'units'), target, 'en')).toBe(`500${NB}units by 2030`);
  });

  it('a cap in Chinese: "年度限额，2030年降至…" (its last allowance)', () => {
    const target = t({ kind: 'cap', allowances: [{ year: 2025, value: 110 }, { year: 2030, value: 90 }] });
    expect(targetPhrase(docOf(target, undefined, '吨'), target, 'zh')).toBe('年度限额，2030\u2060年降至90\u2060吨');
    expect(targetPhrase(docOf(target), target, 'en')).toBe(`annual caps, down to 90${NB}Mt in 2030`);
  });
  it('rising caps (a ceiling that lets the value grow) are not "down to" their last allowance', () => {
    const rising = t({ kind: 'cap', allowances: [{ year: 2022, value: 1400 }, { year: 2025, value: 1440 }] });
    expect(targetPhrase(docOf(rising), rising, 'en')).toBe(`annual caps, rising to 1,440${NB}Mt in 2025`);
    expect(targetPhrase(docOf(rising, undefined, '吨'), rising, 'zh')).toBe('年度限额，2025\u2060年升至1,440\u2060吨');
    // Flat allowances, or one, go neither way.
    const flat = t({ kind: 'cap', allowances: [{ year: 2024, value: 100 }, { year: 2025, value: 100 }] });
    expect(targetPhrase(docOf(flat), flat, 'en')).toBe(`annual caps, 100${NB}Mt in 2025`);
    expect(targetPhrase(docOf(flat, undefined, '吨'), flat, 'zh')).toBe('年度限额，2025\u2060年为100\u2060吨');
    const one = t({ kind: 'cap', allowances: [{ year: 2025, value: 90 }] });
    expect(targetPhrase(docOf(one), one, 'en')).toBe(`annual caps, 90${NB}Mt in 2025`);
    // The trajectory's description of the caps says "from … to …" in Chinese too, not "降至" (down to) whichever way they go.
    expect(trajectoryMessages('zh').describe.cap('1,400吨', 2022, '1,440吨', 2025)).toBe('年度限额从2022\u2060年的1,400吨调整至2025\u2060年的1,440吨。');
  });

  it('a small rise (+0.5%) in Chinese is 上升, not 下降', () => {
    const target = t({ kind: 'relative', change: 0.5, year: 2030 });
    expect(targetPhrase(docOf(target), target, 'zh')).toBe('到2030\u2060年比2020\u2060年上升0.5%');
  });

  it('only the target\'s own indicator\'s observations set its magnitude: a huge value of another indicator changes nothing', () => {
    // Chinese folds a set of values into one shared unit: 120 and 90 吨 stay in 吨; 5 × 10⁸ t of "other" would fold into 亿.
    const target = t({ kind: 'absolute', comparison: 'at-most', value: 90, year: 2030 });
    const zh = (o: Observation[]) => targetPhrase(docOf(target, o, '吨'), target, 'zh');
    expect(zh([obs('e', 2022, 100), obs('other', 2022, 5e8)])).toBe('到2030\u2060年不超过90\u2060吨');
  });
});

describe('targetHeading', () => {
  it('without a label of its own, a target is named by its indicator\'s label', () => {
    const target = t({ kind: 'peak', year: 2030 });
    expect(targetHeading(docOf(target), target, 'en').name).toBe('Emissions');
    expect(targetHeading(docOf(target), target, 'zh').name).toBe('排放');
  });
  it('a figure in the title is held to its unit: "180 Mt" never breaks between them', () => {
    const target = t({ kind: 'peak', year: 2030 }, { label: 'Scrap capacity of 180 Mt a year, 1,800 Mt by 2025 (20 Mt)' });
    expect(targetHeading(docOf(target), target, 'en').name).toBe(`Scrap capacity of 180${NB}Mt a year, 1,800${NB}Mt by 2025 (20${NB}Mt)`);
  });
});

describe('holdUnit', () => {
  it('joins a digit to the unit’s first word, as a whole word, and nothing else', () => {
    // "Mt per year": "Mt"; "thousand units": "thousand". "2030 Mtoe" and "2 Mt." (a sentence's end, punctuation after) differ.
    expect(holdUnit('180 Mt a year by 2025', 'Mt per year')).toBe(`180${NB}Mt a year by 2025`);
    expect(holdUnit('500 thousand heat pumps by 2032 (200 thousand by 2027)', 'thousand units')).toBe(`500${NB}thousand heat pumps by 2032 (200${NB}thousand by 2027)`);
    expect(holdUnit('by 2030 Mtoe, 2 Mt.', 'Mt')).toBe(`by 2030 Mtoe, 2${NB}Mt.`);
    // Not after a word ("about Mt"), nor with a unit of no words, nor one starting with a comma.
    expect(holdUnit('about Mt 5 Mt', 'Mt')).toBe(`about Mt 5${NB}Mt`);
    expect(holdUnit('5 Mt', '')).toBe('5 Mt');
    expect(holdUnit('index, 2020 = 100', 'index, 2020 = 100')).toBe('index, 2020 = 100');
    // The unit is data: a pattern's characters in it are text, not a pattern.
    expect(holdUnit('5 M+ and 6 Mt, 7 MMt', 'M+')).toBe(`5${NB}M+ and 6 Mt, 7 MMt`);
  });
});

describe('movement', () => {
  const a = (x: Partial<Assessment>) => ({ latest: { year: 2024, value: 110 }, baseline: { year: 2020, value: 120 }, peak: null, ...x }) as Assessment;

  it('a peak target whose peak is not confirmed gives the latest value, not "peaked at"', () => {
    const target = t({ kind: 'peak', year: 2030 });
    const peak = { peak: { year: 2024, value: 110 }, confirmed: false, laterLower: 0, projectedPeakYear: 2027, deadline: 2030 } as PeakFacts;
    expect(movement(docOf(target), target, a({ peak }), 'en')).toBe(`110${NB}Mt in 2024`);
    expect(movement(docOf(target), target, a({ peak: { ...peak, confirmed: true, laterLower: 2 } }), 'en')).toBe(`peaked at 110${NB}Mt in 2024`);
  });

  it('a relative change is given to one decimal: 120 → 111.9 is down 6.75%, said "6.8%"', () => {
    const target = t({ kind: 'relative', change: -10, year: 2030 });
    expect(movement(docOf(target), target, a({ latest: { year: 2024, value: 111.9 } }), 'en')).toBe('down 6.8% from 2020 as of 2024');
  });

  it('a small rise (120 → 120.6, +0.5%) is "up", in both languages', () => {
    const target = t({ kind: 'relative', change: -10, year: 2030 });
    const up = a({ latest: { year: 2024, value: 120.6 } });
    expect(movement(docOf(target), target, up, 'en')).toBe('up 0.5% from 2020 as of 2024');
    expect(movement(docOf(target), target, up, 'zh')).toBe('截至2024\u2060年比2020\u2060年上升0.5%');
  });

  it('no change to one decimal (120 → 120.04, +0.03%) is "unchanged", not "up 0%"; a tiny fall not "down 0%"', () => {
    const target = t({ kind: 'relative', change: -10, year: 2030 });
    for (const value of [120.04, 119.96, 120]) {
      const flat = a({ latest: { year: 2024, value } });
      expect(movement(docOf(target), target, flat, 'en')).toBe('unchanged from 2020 as of 2024');
      expect(movement(docOf(target), target, flat, 'zh')).toBe('截至2024\u2060年与2020\u2060年持平');
    }
  });
});

describe('describeTarget', () => {
  const target = t({ kind: 'absolute', comparison: 'at-most', value: 90, year: 2030 });
  it('named, with data: "Emissions: 110 Mt in 2024; target …" (a colon; a full-width one in Chinese)', () => {
    const a = { latest: { year: 2024, value: 110 }, baseline: { year: 2020, value: 120 }, peak: null, status: 'on-track' } as unknown as Assessment;
    expect(describeTarget(docOf(target), target, a, 'en', true)).toMatch(new RegExp(`^Emissions: 110${NB}Mt in 2024; target at most 90${NB}Mt by 2030; `));
    expect(describeTarget(docOf(target), target, a, 'zh', true)).toMatch(/^排放：2024\u2060年为110/);
  });

  it('named, without data: "Emissions, target at most 90 Mt by 2030: no data yet." (a comma after the name)', () => {
    expect(describeTarget(docOf(target), target, null, 'en', true)).toBe(`Emissions, target at most 90${NB}Mt by 2030: no data yet.`);
  });
});
