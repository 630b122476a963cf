/**
 * A count's milestone that its baseline already meets is not on its way (requiredPath, the shares' ticks): nor is it the
 * goal judged against. "120 by 2027, 200 by 2030" from 120 in 2020, 110 in 2023: judged against the milestone, from a
 * baseline equal to it, the count was a limit with no room ("off track", its share of the way "—"); it has lost ground
 * towards the count the plan asks for, 200: the wrong direction, −12.5% of the way ((110 − 120) ÷ (200 − 120)).
 */
import { describe, expect, it } from 'vitest';
import { countDoc } from '../../test/helpers/count-target.js';
import { assess } from './assess.js';
import { wayShares } from './shares.js';

describe('a count below a milestone its baseline met', () => {
  const doc = countDoc([{ year: 2027, value: 120 }], 110);
  it('is judged against the final count, not the milestone', () => {
    const a = assess(doc, 't')!;
    expect(a.target).toEqual({ year: 2030, value: 200 });
    expect([a.limit, a.status]).toEqual([false, 'wrong-direction']);
    expect(a.progress).toBeCloseTo(-0.125, 12);
    expect(a.explanation).not.toContain('Judged against the next milestone');
  });
  it('has a share of the way to draw', () => {
    const a = assess(doc, 't')!;
    expect(wayShares(doc.targets[0]!, a).progress).toBeCloseTo(-0.125, 12);
  });
  it('a milestone above the baseline is still the goal while ahead (control)', () => {
    const a = assess(countDoc([{ year: 2027, value: 150 }], 110), 't')!;
    expect(a.target).toEqual({ year: 2027, value: 150 });
  });
});
