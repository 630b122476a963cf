/**
 * A ratio exactly on a threshold is classified as the threshold says, whatever the floating point. "−100% vs 2020 by
 * 2050" from 100 Mt, 90 Mt in 2025: 10% of the way covered, 5 ÷ 30 = 16.7% due on the straight line, so the path ratio
 * is 0.1 ÷ (1/6) = 0.6 exactly, "0.60 to 0.95 needs acceleration". In floating point it was 0.5999999999999999, and the
 * explanation read "Ratio = 10% ÷ 16.7% = 0.60. Off track: … 0.60 to 0.95 needs acceleration", while `rate` and
 * `extrapolation` (R = Q = −2 ÷ −3.33 = 0.60) said needs acceleration.
 */
import { describe, expect, it } from 'vitest';
import { lateDoc } from '../../test/helpers/late-target.js';
import { METHODS, assess } from './assess.js';
import { classify } from './status.js';

describe('a ratio on a threshold', () => {
  it('0.6 by every method, not 0.5999999999999999 "off track"', () => {
    const doc = lateDoc([[2022, 95], [2025, 90]], { kind: 'relative', change: -100, year: 2050 }, { baseline: { year: 2020, value: 100 } });
    for (const method of METHODS) {
      const a = assess(doc, 't', { method })!;
      expect(a.ratio).toBeCloseTo(0.6, 12);
      expect(a.status).toBe('needs-acceleration');
    }
  });
  it('classify: within 10⁻¹² below a threshold is on it (floating point); a billionth below is not', () => {
    expect(classify(0.95 - 1e-13)).toBe('on-track');
    expect(classify(0.6 - 1e-13)).toBe('needs-acceleration');
    expect(classify(0.6 - 1e-9)).toBe('off-track');
    expect(classify(-1e-13)).toBe('off-track');
  });
});
