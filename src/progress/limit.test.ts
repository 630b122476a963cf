/**
 * Limits: targets whose baseline already meets them (a ceiling above the baseline, a floor below it, caps rising from
 * it; a relative goal never is: the validator holds its change to the better direction). Worked numbers on one series, 40 Mt in 2018 (the baseline); "at most 50 Mt by 2025":
 * - 48 Mt in 2022 is 80% of the room to 50 used, (48 − 40) ÷ (50 − 40); within the limit, so on track by `path`;
 *   at its compound rate, (48 ÷ 40)^(1/4) − 1 = +4.66% a year, it would be 48 × 1.2^(3/4) = 55.0 Mt in 2025, past
 *   it: off track by `rate` and `extrapolation`;
 * - 52 Mt in 2022 is 120% of the room, past the limit: off track by every method (it was "on track", ratio 3.67 by
 *   `path`, in the audit's case: 20 → 31 against at most 30 by 2030).
 */
import { describe, expect, it } from 'vitest';
import { lateDoc } from '../../test/helpers/late-target.js';
import { valid } from '../../test/helpers/valid.js';
import type { Goal } from '../format/types.js';
import { METHODS, assess, type AssessOptions } from './assess.js';
import { wayText } from '../i18n/way.js';
import { gaugeView } from '../gauge/view.js';
import { buildRow, sortRows } from '../sectors/rows.js';

const CEILING: Goal = { kind: 'absolute', comparison: 'at-most', value: 50, year: 2025 };
const run = (points: [number, number][], goal: Goal = CEILING, options: AssessOptions = {}) => assess(lateDoc(points, goal), 't', options)!;
const strip = (s: string) => s.replace(/\u2060/g, '').replace(/\u00a0/g, ' ');

describe('a ceiling above the baseline is a limit to stay within', () => {
  it('48 Mt (2022) against at most 50 by 2025 from 40: 80% of the room used, no ratio and nothing "due"', () => {
    const a = run([[2020, 44], [2022, 48]], CEILING, { method: 'path' });
    expect(a.limit).toBe(true);
    expect(a.progress).toBeCloseTo(0.8, 12);
    expect(a.ratio).toBeNull();
    expect(a.expected).toBeNull();
    expect(a.met).toBe(false);
    expect(a.status).toBe('on-track');
  });

  it('by the projection: +4.66% a year reaches 55.0 Mt in 2025, past 50: off track (rate and extrapolation)', () => {
    for (const method of ['rate', 'extrapolation'] as const) {
      const a = run([[2020, 44], [2022, 48]], CEILING, { method });
      expect(a.projected!.value).toBeCloseTo(48 * 1.2 ** 0.75, 9);
      expect(a.projected!.value).toBeCloseTo(55.03, 2);
      expect(a.status).toBe('off-track');
    }
    expect(strip(run([[2020, 44], [2022, 48]]).explanation)).toContain(
      'The baseline already meets the target, so 50 Mt by 2025 is a limit to stay within. At this pace the value would be 55 Mt in 2025, past it: off track.',
    );
  });

  it('52 Mt (2022), past the limit: off track by every method, never on track (was: path ratio 1.2 ÷ 0.57)', () => {
    for (const method of METHODS) {
      const a = run([[2020, 44], [2022, 52]], CEILING, { method });
      expect(a.status).toBe('off-track');
      expect(a.progress).toBeCloseTo(1.2, 12);
    }
    const en = strip(run([[2020, 44], [2022, 52]], CEILING, { method: 'path' }).explanation);
    expect(en).toContain('The latest value, 52 Mt (2022), is past it: off track.');
    expect(en).not.toMatch(/Ratio|On track/);
    expect(strip(run([[2020, 44], [2022, 52]], CEILING, { method: 'path', lang: 'zh' }).explanation)).toContain(
      '基准值已达到目标，2025年5000万吨是不可越过的限度。最新值5200万吨（2022年）已越过限度：进度落后。',
    );
  });

  it('in its year: within is achieved (49 Mt in 2025), past is missed and off track (51 Mt)', () => {
    const met = run([[2022, 48], [2025, 49]]);
    expect([met.status, met.met]).toEqual(['achieved', true]);
    const missed = run([[2022, 48], [2025, 51]]);
    expect([missed.status, missed.met, missed.missed]).toEqual(['off-track', false, true]);
    expect(strip(missed.explanation)).toContain('The latest value, 51 Mt (2025), is past it. The target year 2025 has passed without the target being met.');
  });

  it('a floor below the baseline (higher is better), at least 30 by 2025: 28 Mt (2022) is past it, 120% of the room', () => {
    const json = structuredClone(lateDoc([[2020, 36], [2022, 28]])) as any;
    json.indicators[0].better = 'higher';
    json.targets[0].goal = { kind: 'absolute', comparison: 'at-least', value: 30, year: 2025 };
    const a = assess(valid(json), 't', { method: 'path' })!;
    expect(a.limit).toBe(true);
    expect(a.progress).toBeCloseTo(1.2, 12);
    expect(a.status).toBe('off-track');
  });

  it('not a limit: a ceiling below the baseline (at most 30 from 40), a range; a target equal to it is one, with no room', () => {
    expect(run([[2020, 36], [2022, 33]], { kind: 'absolute', comparison: 'at-most', value: 30, year: 2025 }).limit).toBe(false);
    expect(run([[2020, 36], [2022, 33]], { kind: 'absolute', comparison: 'at-most', value: 40, year: 2025 }).limit).toBe(true);
    expect(run([[2020, 44], [2022, 48]], { kind: 'absolute', comparison: 'about', value: 50, year: 2025, tolerance: 5 }).limit).toBe(false);
  });
});

describe('caps are kept year by year', () => {
  // Allowances 45 (2020) and 50 (2025), rising from 40 (2018): 2022's allowance is 45 + 2 × (50 − 45) ÷ 5 = 47.
  const RISING: Goal = { kind: 'cap', allowances: [{ year: 2020, value: 45 }, { year: 2025, value: 50 }] };

  it('47 Mt (2022), at its allowance: within, on track; the explanation says so', () => {
    const a = run([[2020, 44], [2022, 47]], RISING, { method: 'path' });
    expect(a.pathValue).toBeCloseTo(47, 12);
    expect([a.limit, a.status]).toEqual([true, 'on-track']);
    expect(strip(a.explanation)).toContain('The latest value, 47 Mt (2022), is within it: on track.');
  });

  it('48 Mt (2022), above its allowance of 47 though below the last, 50: off track by every method, not "already meets"', () => {
    for (const method of METHODS) {
      const a = run([[2020, 44], [2022, 48]], RISING, { method });
      expect([a.status, a.met]).toEqual(['off-track', false]);
      expect(strip(a.explanation)).toContain('The allowance for 2022 is 47 Mt; the latest value is above it.');
      expect(strip(a.explanation)).toContain('The latest value, 48 Mt (2022), is above its allowance: off track.');
      expect(a.explanation).not.toContain('already meets the target of');
    }
    expect(strip(run([[2020, 44], [2022, 48]], RISING, { lang: 'zh' }).explanation)).toContain('最新值4800万吨（2022年）高于当年限额：进度落后。');
  });

  it('falling caps, 38 (2020) → 30 (2025): 36 in 2022, above its allowance of 34.8, is off track by every method, and said so', () => {
    const falling: Goal = { kind: 'cap', allowances: [{ year: 2020, value: 38 }, { year: 2025, value: 30 }] };
    for (const method of METHODS) expect(run([[2020, 37], [2022, 36]], falling, { method }).status).toBe('off-track');
    expect(strip(run([[2020, 37], [2022, 36]], falling, { lang: 'zh' }).explanation)).toContain('2022年的限额为3480万吨；最新值高于限额。');
    expect(strip(run([[2020, 37], [2022, 36]], falling, { lang: 'zh' }).explanation)).toMatch(/超过当年限额，无论比值如何，均为进度落后。$/);
  });

  it('an allowance between two given ones is a figure a value beside it is written apart from: 34.804 above 2022\'s 34.8', () => {
    const falling: Goal = { kind: 'cap', allowances: [{ year: 2020, value: 38 }, { year: 2025, value: 30 }] };
    const en = strip(run([[2020, 37], [2022, 34.804]], falling).explanation);
    expect(en).toContain('latest 34.804 Mt (2022)');
    expect(en).toContain('The allowance for 2022 is 34.8 Mt; the latest value is above it.');
  });

  it('past the last allowance\'s year, the sentence names that allowance, not one for the latest year', () => {
    const falling: Goal = { kind: 'cap', allowances: [{ year: 2020, value: 38 }, { year: 2025, value: 30 }] };
    expect(strip(run([[2020, 37], [2026, 31]], falling).explanation)).toContain('The allowance for 2025 is 30 Mt; the latest value is above it.');
  });

  it('falling caps from above the baseline are judged by the method as before: 38 (2020) → 30 (2025), 33 in 2022 within 34.8', () => {
    const a = run([[2020, 37], [2022, 33]], { kind: 'cap', allowances: [{ year: 2020, value: 38 }, { year: 2025, value: 30 }] }, { method: 'path' });
    expect(a.limit).toBe(false);
    expect(a.ratio).not.toBeNull();
  });
});

describe("a limit's share in words", () => {
  it('"80% of the headroom used", past it "120%", moved away from it "0%" (not "backwards": the good way)', () => {
    expect(wayText('en', 0.8, true)).toBe('80% of the headroom used');
    expect(wayText('en', 1.2, true)).toBe('120% of the headroom used');
    expect(wayText('en', -0.3, true)).toBe('0% of the headroom used');
    expect(wayText('en', 0.996, true)).toBe('99% of the headroom used');
    expect(wayText('zh', 0.8, true)).toBe('余量已用80%');
    expect(wayText('en', -0.3)).toBe('30% of the way backwards');
  });
});

describe('the widgets say a limit\'s share as room used, with no share "due"', () => {
  const doc = lateDoc([[2020, 44], [2022, 48]], CEILING);
  it('the gauge: "80% of the headroom used", no "due by" key', () => {
    const v = gaugeView(doc, doc.targets[0]!, { lang: 'en', width: 320, variant: 'arc', method: 'path' });
    expect(v.progressText).toBe('80% of the headroom used');
    expect(v.legend.map((l) => l.kind)).not.toContain('expected');
  });
  it('the sector panel\'s row: the same words, no due text', () => {
    const row = buildRow(doc, doc.targets[0]!, 0, 'zh', { method: 'path' });
    expect(row.valueText).toBe('余量已用80%');
    expect(row.dueText).toBe('');
  });
});

describe('sorted by progress, a limit follows the shares of the way, as a peak does', () => {
  it('a limit with 20% of its room used (42 Mt against at most 50 from 40) sorts after a target 50% of the way (35 Mt against at most 30)', () => {
    const limitDoc = lateDoc([[2020, 41], [2022, 42]], CEILING);
    const wayDoc = lateDoc([[2020, 38], [2022, 35]], { kind: 'absolute', comparison: 'at-most', value: 30, year: 2025 });
    const rows = [buildRow(limitDoc, limitDoc.targets[0]!, 0, 'en', { method: 'path' }), buildRow(wayDoc, wayDoc.targets[0]!, 1, 'en', { method: 'path' })];
    expect(rows.map((r) => r.progress)).toEqual([expect.closeTo(0.2, 12), expect.closeTo(0.5, 12)]);
    expect(sortRows(rows, 'progress', 'en').map((r) => r.index)).toEqual([1, 0]);
  });
});

describe('a limit met after its year, without a figure for that year', () => {
  it('44 (2020), 52 (2022, past), 49 (2026) against at most 50 by 2025: the data first show it met in 2026, not in 2020 before its year', () => {
    const a = run([[2020, 44], [2022, 52], [2026, 49]]);
    expect([a.status, a.met, a.metLate]).toEqual(['achieved', true, null]);
    expect(strip(a.explanation)).toContain('There is no figure for the target year 2025; the data first show the target met in 2026.');
  });
});

describe('before its first allowance a cap has no allowance to be above', () => {
  it('43 Mt in 2019, caps rising from 45 (2020) to 50 (2025), baseline 40 (2018): no "allowance for 2019" (42.5 is the line from the baseline), judged as a limit by the method', () => {
    const rising: Goal = { kind: 'cap', allowances: [{ year: 2020, value: 45 }, { year: 2025, value: 50 }] };
    const a = run([[2019, 43]], rising, { method: 'path' });
    expect([a.limit, a.status, a.met]).toEqual([true, 'on-track', false]);
    expect(a.explanation).not.toContain('allowance');
    // At +7.5% a year, 43 × 1.075^6 = 66.4 Mt in 2025: past 50, off track by the projection, not by an allowance.
    expect(strip(run([[2019, 43]], rising).explanation)).toContain('At this pace the value would be 66.4 Mt in 2025, past it: off track.');
  });

  it('39.5 Mt in 2019, caps falling from 38 (2021): the path ratio judges, 5% ÷ 6.7% = 0.75, needs acceleration (not "above its allowance" of 39.3)', () => {
    const a = run([[2019, 39.5]], { kind: 'cap', allowances: [{ year: 2021, value: 38 }, { year: 2025, value: 30 }] }, { method: 'path' });
    expect(a.ratio).toBeCloseTo(0.75, 12);
    expect(a.status).toBe('needs-acceleration');
    expect(a.explanation).not.toContain('Above its allowance');
  });
});
