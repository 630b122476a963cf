/**
 * Where an "about" target's latest value lies against its range (from a mutation run of in-range.ts: it had no direct
 * test). Hand-made assessments of one target "about 100 Mt by 2030" whose range is 95–105\u00a0Mt (±5%).
 */
import { describe, expect, it } from 'vitest';
import type { PolicyDocument, Target } from '../format/types.js';
import type { Assessment } from '../progress/assess.js';
import { inRangeText } from './in-range.js';

const target = { id: 't', indicator: 'e', baseline: { year: 2020, value: 120 }, goal: { kind: 'absolute', comparison: 'about', value: 100, year: 2030 } } as Target;
/** A fresh document each time (targetValues caches by document). */
const docOf = (): PolicyDocument =>
  ({
    formatVersion: 1,
    policy: { id: 'p', title: 'P', jurisdiction: 'X' },
    indicators: [{ id: 'e', label: 'Emissions', unit: 'Mt', better: 'lower' }],
    targets: [target],
  }) as PolicyDocument;
const assessment = (a: Partial<Assessment>): Assessment =>
  ({ method: 'rate', range: [95, 105], rangeAssumed: false, latest: { year: 2024, value: 100 }, projected: null, ...a }) as Assessment;
const say = (a: Partial<Assessment>, lang: 'en' | 'zh' = 'en') => inRangeText(docOf(), target, assessment(a), lang);

describe('inRangeText', () => {
  it('nothing to say without a range (not an "about" target) or without a value', () => {
    expect(say({ range: null })).toBe('');
    expect(say({ latest: null })).toBe('');
  });

  it('the range\'s own ends count as within: 95 and 105 are within 95–105, 94.9 is below, 105.1 above', () => {
    expect(say({ latest: { year: 2024, value: 95 } })).toBe('within the target range (95–\u2060105\u00a0Mt)');
    expect(say({ latest: { year: 2024, value: 105 } })).toBe('within the target range (95–\u2060105\u00a0Mt)');
    expect(say({ latest: { year: 2024, value: 94.9 } })).toBe('below the target range (95–\u2060105\u00a0Mt)');
    expect(say({ latest: { year: 2024, value: 105.1 } })).toBe('above the target range (95–\u2060105\u00a0Mt)');
  });

  it('a rounding error past an end (1e-9 of the range\'s size: 105 + 0.00000005) is still within; 105 + 0.0000002 is not', () => {
    expect(say({ latest: { year: 2024, value: 105 + 5e-8 } })).toBe('within the target range (95–\u2060105\u00a0Mt)');
    expect(say({ latest: { year: 2024, value: 105 + 2e-7 } })).toBe('above the target range (95–\u2060105\u00a0Mt)');
  });

  it('a negative range (a net flow, −105 to −95) gets the same tolerance by its size: −95 + 0.00000005 is within', () => {
    expect(say({ range: [-105, -95], latest: { year: 2024, value: -95 + 5e-8 } })).toMatch(/^within the target range/);
  });

  it('within now but projected out of the range by the target year: where the projection lands is said too', () => {
    expect(say({ projected: { year: 2030, value: 90 } })).toBe('within the target range (95–\u2060105\u00a0Mt), at this pace below it by 2030');
    expect(say({ projected: { year: 2030, value: 90 } }, 'zh')).toMatch(/^处于目标区间内（.+），按当前速度2030\u2060年将低于该区间$/);
  });

  it('outside now but projected into it: "above the target range …, at this pace within it by 2030"', () => {
    expect(say({ latest: { year: 2024, value: 110 }, projected: { year: 2030, value: 101 } })).toBe(
      'above the target range (95–\u2060105\u00a0Mt), at this pace within it by 2030',
    );
  });

  it('a projection on the same side as the value adds nothing; so does none at all', () => {
    expect(say({ projected: { year: 2030, value: 99 } })).toBe('within the target range (95–\u2060105\u00a0Mt)');
    expect(say({ projected: null, latest: { year: 2024, value: 90 } })).toBe('below the target range (95–\u2060105\u00a0Mt)');
  });

  it('the "path" method judges the latest value itself: no projection is named even if one is given', () => {
    expect(say({ method: 'path', projected: { year: 2030, value: 90 } })).toBe('within the target range (95–\u2060105\u00a0Mt)');
  });
});
