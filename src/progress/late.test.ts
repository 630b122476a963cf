/**
 * Targets met only after their target year ("achieved late"), with the audit's worked numbers: at most 30 Mt by 2022
 * from 40 Mt (2018); 36 (2020), 33 (2022: missed), 29 (2023: met, a year late).
 */
import { describe, expect, it } from 'vitest';
import { lateDoc } from '../../test/helpers/late-target.js';
import type { Goal } from '../format/types.js';
import type { Lang } from '../i18n/lang.js';
import { assess, type AssessOptions } from './assess.js';

const run = (doc = lateDoc(), options: AssessOptions = {}) => assess(doc, 't', options)!;
/** Without the word joiners and no-break spaces that hold figures to their units. */
const strip = (s: string) => s.replace(/\u2060/g, '').replace(/\u00a0/g, ' ');

describe('a target met after its target year is achieved late', () => {
  it('as of 2022 (the target year), 33 Mt against at most 30 Mt: missed, off track, not met late', () => {
    const a = run(lateDoc(), { asOf: 2022 });
    expect(a.status).toBe('off-track');
    expect(a.missed).toBe(true);
    expect(a.met).toBe(false);
    expect(a.metLate).toBeNull();
  });

  for (const asOf of [null, 2023]) {
    it(`as of ${asOf ?? 'the latest year'}, 29 Mt (2023): still achieved (the status), met late in 2023, not missed`, () => {
      const a = run(lateDoc(), { asOf });
      expect(a.status).toBe('achieved');
      expect(a.met).toBe(true);
      expect(a.missed).toBe(false);
      expect(a.metLate).toBe(2023);
    });
  }

  const explained: Record<Lang, string> = {
    en:
      'Baseline 40 Mt (2018); latest 29 Mt (2023); target 30 Mt by 2022. The latest value, 29 Mt (2023), already meets the target of 30 Mt. ' +
      'The target year 2022 passed without the target being met (33 Mt); it was met in 2023, a year late.',
    zh: '基准值4000万吨（2018年）；最新值2900万吨（2023年）；目标为到2022年达到3000万吨。最新值2900万吨（2023年）已达到目标3000万吨。目标年份2022年未实现目标（当年为3300万吨），2023年才实现，逾期1年。',
  };
  for (const lang of ['en', 'zh'] as const)
    it(`the explanation says the target year's value and the year it was met (${lang})`, () => {
      expect(strip(run(lateDoc(), { lang }).explanation)).toBe(explained[lang]);
    });

  it('met in the target year is on time: 30 Mt in 2022 (exactly the target) then 29 in 2023', () => {
    const a = run(lateDoc([[2020, 36], [2022, 30], [2023, 29]]));
    expect(a.status).toBe('achieved');
    expect(a.metLate).toBeNull();
    expect(a.explanation).not.toMatch(/year late|years late|figure for the target year/);
  });

  it('judged on the target year\'s value: met in 2021 (29), missed in 2022 (33), met again in 2023 (29) is late', () => {
    expect(run(lateDoc([[2020, 36], [2021, 29], [2022, 33], [2023, 29]])).metLate).toBe(2023);
  });

  it('the first year met after the target year, however often it slips back: 33 (2022), 31, 29 (2024), 30.5, 30 (2026) → 2024, two years late', () => {
    const a = run(lateDoc([[2020, 36], [2022, 33], [2023, 31], [2024, 29], [2025, 30.5], [2026, 30]]));
    expect(a.metLate).toBe(2024);
    expect(strip(a.explanation)).toContain('The target year 2022 passed without the target being met (33 Mt); it was met in 2024, 2 years late.');
    expect(strip(run(lateDoc([[2020, 36], [2022, 33], [2023, 31], [2024, 29]]), { lang: 'zh' }).explanation)).toContain('2024年才实现，逾期2年。');
  });

  it('a value gone back above the target is not met, late or not: 33 (2022), 29 (2023), 31 (2024) is off track', () => {
    const a = run(lateDoc([[2020, 36], [2022, 33], [2023, 29], [2024, 31]]));
    expect(a.status).toBe('off-track');
    expect(a.missed).toBe(true);
    expect(a.metLate).toBeNull();
  });
});

describe('without a value for the target year, whether it was met on time is unknown', () => {
  it('36 (2020), 29 (2023): achieved, not called late, and the explanation says the first year the data show it met', () => {
    const a = run(lateDoc([[2020, 36], [2023, 29]]));
    expect(a.status).toBe('achieved');
    expect(a.metLate).toBeNull();
    expect(strip(a.explanation)).toContain('The latest value, 29 Mt (2023), already meets the target of 30 Mt. There is no figure for the target year 2022; the data first show the target met in 2023.');
    expect(strip(run(lateDoc([[2020, 36], [2023, 29]]), { lang: 'zh' }).explanation)).toContain('目标年份2022年没有数据；数据显示目标于2023年首次实现。');
  });

  it('the data first show it met before the target year (29 in 2021): nothing to add', () => {
    const a = run(lateDoc([[2021, 29], [2023, 29]]));
    expect(a.metLate).toBeNull();
    expect(a.explanation).not.toMatch(/year late|years late|figure for the target year/);
  });
});

describe('the rule by kind of goal', () => {
  it('"about" 30 Mt (±5%: 28.5–31.5) by 2022: 33 in 2022 outside the range, 30 in 2023 inside it → met late', () => {
    const about: Goal = { kind: 'absolute', comparison: 'about', value: 30, year: 2022, tolerance: 5 };
    const a = run(lateDoc([[2020, 36], [2022, 33], [2023, 30]], about));
    expect(a.range).toEqual([28.5, 31.5]);
    expect(a.status).toBe('achieved');
    expect(a.metLate).toBe(2023);
  });

  it('"about": inside the range before its year does not count, so without a 2022 value the data first show it met in 2023', () => {
    const about: Goal = { kind: 'absolute', comparison: 'about', value: 30, year: 2022, tolerance: 5 };
    const a = run(lateDoc([[2021, 30], [2023, 30]], about));
    expect(a.metLate).toBeNull();
    expect(strip(a.explanation)).toContain('There is no figure for the target year 2022; the data first show the target met in 2023.');
  });

  it('a count of at least 60 by 2022 (milestone 50 by 2020): 52 (2020), 58 (2022), 61 (2023) → the final count met late', () => {
    const count: Goal = { kind: 'count', value: 60, year: 2022 };
    const a = run(lateDoc([[2020, 52], [2022, 58], [2023, 61]], count, { milestones: [{ year: 2020, value: 50 }] }));
    expect(a.target).toEqual({ year: 2022, value: 60 });
    expect(a.status).toBe('achieved');
    expect(a.metLate).toBe(2023);
  });

  it('a cap ending at 30 Mt in 2022: 33 in 2022 above the last allowance, 29 in 2023 within it → met late', () => {
    const cap: Goal = { kind: 'cap', allowances: [{ year: 2020, value: 36 }, { year: 2022, value: 30 }] };
    const a = run(lateDoc(undefined, cap));
    expect(a.status).toBe('achieved');
    expect(a.metLate).toBe(2023);
  });

  it('a peak after its deadline is not confirmed, so never achieved late: peak by 2022, highest 2023, two lower after → off track', () => {
    const a = run(lateDoc([[2019, 40], [2020, 41], [2021, 42], [2022, 43], [2023, 44], [2024, 43], [2025, 42]], { kind: 'peak', year: 2022 }));
    expect(a.status).toBe('off-track');
    expect(a.missed).toBe(true);
    expect(a.metLate).toBeNull();
  });
});

describe('extrapolation with data from the target year on: nothing is projected', () => {
  const said: Record<Lang, string> = {
    en:
      'Baseline 40 Mt (2018); latest 33 Mt (2022); target 30 Mt by 2022. The data reach the target year, so nothing is projected: ' +
      'Q = (latest − baseline) ÷ (target − baseline) = 0.70. The target year 2022 has passed without the target being met.',
    zh: '基准值4000万吨（2018年）；最新值3300万吨（2022年）；目标为到2022年达到3000万吨。数据已覆盖目标年份，无需外推：Q = (最新值 − 基准值) ÷ (目标值 − 基准值) = 0.70。目标年份2022年已过，目标未实现。',
  };
  for (const lang of ['en', 'zh'] as const)
    it(`as of 2022, latest 33 Mt (2022): no "would be 33 Mt in 2022"; Q unchanged, (33 − 40) ÷ (30 − 40) = 0.70 (${lang})`, () => {
      const a = run(lateDoc(), { asOf: 2022, lang });
      expect(a.ratio).toBeCloseTo(0.7, 12);
      expect(a.projected).toEqual({ year: 2022, value: 33 });
      expect(strip(a.explanation)).toBe(said[lang]);
    });

  it('after the target year, Q is the latest value\'s share of the way: 31 Mt (2023) after 33 (2022) → (31 − 40) ÷ (30 − 40) = 0.90', () => {
    const a = run(lateDoc([[2020, 36], [2022, 33], [2023, 31]]));
    expect(a.ratio).toBeCloseTo(0.9, 12);
    expect(a.explanation).toContain('nothing is projected: Q = (latest − baseline) ÷ (target − baseline) = 0.90.');
  });

  it('before the target year the projection is still written: as of 2020, 36 Mt at −5.1% a year would be 32.4 Mt in 2022', () => {
    const a = run(lateDoc(), { asOf: 2020 });
    expect(strip(a.explanation)).toContain('Continuing at −5.1% a year, the value would be 32.4 Mt in 2022. Q = (projected − baseline) ÷ (target − baseline) = 0.76.');
  });

  it('other methods keep their sentences: path as of 2022 says the share due and covered', () => {
    expect(strip(run(lateDoc(), { asOf: 2022, method: 'path' }).explanation)).toContain('so 100% of the way was due by then; 70% has been covered. Ratio = 70% ÷ 100% = 0.70.');
  });
});

describe('the rate method once the target year has come', () => {
  it('says what reaching the target needed, not needs (as of 2022: −4.7% a year against −6.9% needed)', () => {
    // 40 (2018) → 33 (2022): (33/40)^(1/4) − 1 = −4.7%; 40 → 30 by 2022: (0.75)^(1/4) − 1 = −6.9%; R = 0.68.
    const en = strip(run(lateDoc(), { asOf: 2022, method: 'rate' }).explanation);
    expect(en).toContain('reaching the target needed −6.9% a year. R = 0.68.');
    expect(strip(run(lateDoc(), { asOf: 2022, method: 'rate', lang: 'zh' }).explanation)).toContain('实现目标原本需要年均');
    // Before the target year, "needs".
    expect(strip(run(lateDoc([[2020, 36], [2021, 34]]), { method: 'rate' }).explanation)).toContain('reaching the target needs');
  });
});
