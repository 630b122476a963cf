/**
 * A target met in its target year and not since: the deadline is judged on the value observed in that year (as a target
 * missed then and met later is "achieved late"), so it was achieved, on time. "At most 30 Mt by 2022" from 40 Mt
 * (2018): 36 (2020), 29 (2022, met), 33 (2023). Every method said "off track" and "The target year 2022 has passed
 * without the target being met", of a target met in 2022. The same for a range ("about 1,800 Mt by 2024", 1,800 in
 * 2024, whose own rule is "achieved when an observation from that year on lies in the range") and a limit (at most 50
 * by 2024 from 40, 49 in 2024, 52 in 2025).
 */
import { describe, expect, it } from 'vitest';
import { lateDoc } from '../../test/helpers/late-target.js';
import { METHODS, assess } from './assess.js';

const strip = (s: string) => s.replace(/\u2060/g, '').replace(/\u00a0/g, ' ');

describe('met in the target year, not met by the latest value', () => {
  it('29 Mt in 2022 against at most 30 by 2022, 33 in 2023: achieved (not missed), and said so', () => {
    const doc = lateDoc([[2020, 36], [2022, 29], [2023, 33]]);
    for (const method of METHODS) {
      const a = assess(doc, 't', { method })!;
      expect([a.status, a.missed, a.met, a.metLate]).toEqual(['achieved', false, false, null]);
      expect(strip(a.explanation)).toContain('The target was met in 2022 (29 Mt); the latest value no longer meets it.');
      expect(a.explanation).not.toContain('without the target being met');
    }
    expect(strip(assess(doc, 't', { lang: 'zh' })!.explanation)).toContain('目标已于2022年实现（当年为2900万吨），但最新值已不再达标。');
  });

  it('a range met in its year (1,800 in 2024 against about 1,800 by 2024) and a limit (49 in 2024, at most 50): achieved', () => {
    const about = lateDoc([[2022, 1900], [2024, 1800], [2025, 1950]], { kind: 'absolute', comparison: 'about', value: 1800, year: 2024 }, { baseline: { year: 2018, value: 2000 } });
    const limit = lateDoc([[2022, 45], [2024, 49], [2025, 52]], { kind: 'absolute', comparison: 'at-most', value: 50, year: 2024 });
    for (const doc of [about, limit]) expect([assess(doc, 't')!.status, assess(doc, 't')!.missed]).toEqual(['achieved', false]);
  });

  it('still missed where the target year\'s value did not meet it, or the data have none for that year', () => {
    expect(assess(lateDoc([[2020, 36], [2022, 31], [2023, 33]]), 't')!.missed).toBe(true);
    expect(assess(lateDoc([[2021, 28], [2023, 33]]), 't')!.missed).toBe(true);
  });
});
