/**
 * A count whose baseline gives no value, with one observation: the observation stands in for the baseline, so there is
 * no progress yet to share (insufficient data), as for any other kind of target. Found by the metamorphic properties
 * (metamorphic.test.ts: the consistency of the shares with the status).
 *
 * "200 standards by 2030", baseline 2020 without a value, one observation in 2023:
 * - 150: the share of the way from the stand-in, (150 − 150) ÷ (200 − 150), is 0, and "due" by 2023 is 0 too; the
 *   gauge said "0% of the way" and "0% due by 2023" beside "Insufficient data";
 * - 200: the way from the stand-in to the count is 200 − 200 = 0, so both shares were 0 ÷ 0 = NaN: "— of the way",
 *   "— due by 2023", and a fill path of "MNaN,NaN…".
 * An "at least 200" goal on the same data says why instead: "At least two observations are needed to judge progress;
 * there is only one." A count now does the same.
 */
import { describe, expect, it } from 'vitest';
import { valid } from '../../test/helpers/valid.js';
import type { Goal } from '../format/types.js';
import { assess } from './assess.js';
import { wayShares } from './shares.js';
import { gaugeView } from '../gauge/view.js';

const COUNT: Goal = { kind: 'count', value: 200, year: 2030 };
const AT_LEAST: Goal = { kind: 'absolute', comparison: 'at-least', value: 200, year: 2030 };

const oneObservation = (value: number, goal: Goal) =>
  valid({
    formatVersion: 1,
    policy: { id: 'p', title: 'Standards plan', jurisdiction: 'CN' },
    sources: [{ id: 'src', title: 'Bulletin', url: 'https://example.org/b' }],
    indicators: [{ id: 'std', label: 'Standards', unit: 'standards', better: 'higher' }],
    targets: [{ id: 't', indicator: 'std', baseline: { year: 2020 }, goal, source: 'src' }],
    observations: [{ indicator: 'std', year: 2023, value, provenance: { status: 'official', source: 'src' } }],
  });

describe('a count with one observation standing in for its baseline: nothing to share yet', () => {
  for (const value of [150, 200]) {
    it(`${value} standards in 2023 against 200 by 2030: no shares, and the gauge says why, as for "at least 200"`, () => {
      const doc = oneObservation(value, COUNT);
      const a = assess(doc, 't')!;
      expect([a.status, a.baselineFromObservation, a.latest]).toEqual(['insufficient-data', true, { year: 2023, value }]);
      expect(wayShares(doc.targets[0]!, a)).toEqual({ progress: null, expected: null, milestones: [] });
      const count = gaugeView(doc, doc.targets[0]!, { lang: 'en', width: 320, variant: 'arc' });
      const atLeast = gaugeView(oneObservation(value, AT_LEAST), oneObservation(value, AT_LEAST).targets[0]!, { lang: 'en', width: 320, variant: 'arc' });
      expect(count.progressText).toBe('At least two observations are needed to judge progress; there is only one.');
      expect([count.progressText, count.legend, count.geometry.fill]).toEqual([atLeast.progressText, atLeast.legend, atLeast.geometry.fill]);
      expect(count.geometry.fill).not.toContain('NaN');
    });
  }
});
