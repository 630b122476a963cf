/**
 * A peak by its deadline that the data cannot confirm yet is not a missed peak. "Peak by 2024": 100, 105, 108, 110,
 * 112, 113 (2024, the highest), 111 (2025). The highest value is in the deadline year and the one later value is lower;
 * a second lower value would confirm it (peak.ts). It was "Off track" with "The target year 2024 has passed without the
 * target being met", though the series may well have peaked on time. Now the status is the trend's: growth fitted at
 * −0.9% in 2025, at or below zero, ratio 1, on track. A highest
 * value after the deadline is still missed (peak.mutants.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { lateDoc } from '../../test/helpers/late-target.js';
import { assess } from './assess.js';

const doc = lateDoc([[2019, 100], [2020, 105], [2021, 108], [2022, 110], [2023, 112], [2024, 113], [2025, 111]], { kind: 'peak', year: 2024 });

describe('a peak by the deadline, awaiting its second lower value', () => {
  it('on track by the trend, not missed', () => {
    const a = assess(doc, 't')!;
    expect(a.peak!.peak).toEqual({ year: 2024, value: 113 });
    expect([a.peak!.confirmed, a.missed, a.status]).toEqual([false, false, 'on-track']);
    expect(a.explanation).not.toContain('without the target being met');
  });
  it('growth already below zero: the peak so far is the highest value\'s year, 2024, not the latest year\'s, 2025 (which read "reaches zero around 2025; the deadline is 2024" beside On track)', () => {
    const a = assess(doc, 't')!;
    expect(a.peak!.growth).toBeLessThan(0);
    expect(a.peak!.projectedPeakYear).toBe(2024);
    expect(a.explanation).toContain('no longer growing (its highest value so far is 2024\'s; the deadline is 2024): it scores 1.00.');
  });
});

// The same series with a later deadline: a line through its last five rates (+2.9, +1.9, +1.8, +0.9, −1.8%: fitted −0.9%
// in 2025, −1.02 points a year) is a clear trend with growth below zero. No years to zero growth are left, so the
// explanation no longer divides by them ("Ratio = years to the deadline ÷ years to zero growth = 1.00", 5 ÷ −1 read 1).
const by2030 = lateDoc([[2019, 100], [2020, 105], [2021, 108], [2022, 110], [2023, 112], [2024, 113], [2025, 111]], { kind: 'peak', year: 2030 });
const rising = lateDoc([[2019, 100], [2020, 110], [2021, 118], [2022, 124], [2023, 128], [2024, 130], [2025, 131]], { kind: 'peak', year: 2030 });
const strict = (doc: typeof by2030) => ({ ...doc, targets: doc.targets.map((t) => ({ ...t, thresholds: { onTrack: 1.2 } })) });

describe('a peak whose growth has already turned', () => {
  it('names no division it does not make, in both languages', () => {
    const en = assess(by2030, 't')!.explanation;
    expect(en).toContain('The series is no longer growing (its highest value so far is 2024\'s; the deadline is 2030): it scores 1.00.');
    expect(en).not.toContain('÷');
    const zh = assess(by2030, 't', { lang: 'zh' })!.explanation;
    expect(zh).toContain('该序列已不再增长');
    expect(zh).not.toContain('÷');
  });
  it('scores the on-track threshold where a target sets it above 1 (it was 1: "needs acceleration" while a rising series was on track)', () => {
    const falling = assess(strict(by2030), 't')!;
    expect([falling.ratio, falling.status]).toEqual([1.2, 'on-track']);
    // A rising series about to turn: +0.3% in 2025, −1.65 points a year, zero growth around 2025.2: 5 ÷ 0.17 ≈ 29.8.
    const up = assess(strict(rising), 't')!;
    expect(up.peak!.growth).toBeGreaterThan(0);
    expect([up.ratio! > 29 && up.ratio! < 31, up.status]).toEqual([true, 'on-track']);
    // Under the default thresholds the falling series still scores 1.
    expect(assess(by2030, 't')!.ratio).toBe(1);
  });
});

// A highest value after the deadline has missed it: "peak by 2022", 113 in 2024 then 111 in 2025. The trend (growth
// −0.9%, turned) scored 1, "it scores 1.00", read beside "The target year 2022 has passed without the target being met".
describe('a peak after its deadline: missed, and no score beside it', () => {
  const after2022 = lateDoc([[2019, 100], [2020, 105], [2021, 108], [2022, 110], [2023, 112], [2024, 113], [2025, 111]], { kind: 'peak', year: 2022 });
  it('turned: the highest value\'s year without a score, in both languages; ratio 0', () => {
    const en = assess(after2022, 't')!;
    expect([en.status, en.missed, en.ratio]).toEqual(['off-track', true, 0]);
    expect(en.explanation).toContain('The series is no longer growing (its highest value so far is 2024\'s; the deadline is 2022). The target year 2022 has passed without the target being met.');
    const zh = assess(after2022, 't', { lang: 'zh' })!.explanation;
    expect(zh).toContain('该序列已不再增长（迄今最高值出现在2024\u2060年；期限为2022\u2060年）。目标年份2022\u2060年已过');
    expect(zh).not.toContain('比值');
  });
  it('still rising with no clear trend: "would not reach zero", no "Ratio = 0.00"', () => {
    const a = assess(lateDoc([[2019, 100], [2020, 105], [2021, 108], [2022, 110], [2023, 112], [2024, 113], [2025, 115]], { kind: 'peak', year: 2022 }), 't')!;
    expect(a.explanation).toContain('it would not reach zero by 2022. The target year 2022 has passed');
    expect(a.explanation).not.toContain('Ratio');
  });
  it('by its deadline the score stays (the same series, "peak by 2030")', () => {
    expect(assess(by2030, 't', { lang: 'zh' })!.explanation).toContain('），比值计为1.00。');
  });
});
