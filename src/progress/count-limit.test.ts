/**
 * A count its baseline already meets is a limit (Assessment.limit), in the widgets as in the assessment.
 */
import { describe, expect, it } from 'vitest';
import { lateDoc } from '../../test/helpers/late-target.js';
import { valid } from '../../test/helpers/valid.js';
import { assess } from './assess.js';
import { gaugeView } from '../gauge/view.js';
import { buildRow } from '../sectors/rows.js';

const strip = (s: string) => s.replace(/\u2060/g, '').replace(/\u00a0/g, ' ');

/** A count whose baseline, 120, already meets "at least 100 by 2025": 110 in 2022 is 50% of the room used, (110 − 120) ÷ (100 − 120). */
function countLimit() {
  const json = structuredClone(lateDoc([[2020, 115], [2022, 110]])) as any;
  json.indicators[0].better = 'higher';
  json.targets[0].baseline = { year: 2018, value: 120 };
  json.targets[0].goal = { kind: 'count', value: 100, year: 2025 };
  return valid(json);
}

describe('a count its baseline already meets is a limit in every widget', () => {
  it('no share "due": the gauge draws no required-path marker, the row says no "57% due by 2022"', () => {
    const doc = countLimit();
    for (const method of ['path', 'extrapolation'] as const) {
      const a = assess(doc, 't', { method })!;
      expect([a.limit, a.expected, a.status]).toEqual([true, null, 'on-track']);
      const v = gaugeView(doc, doc.targets[0]!, { lang: 'en', width: 320, variant: 'arc', method });
      expect(v.progressText).toBe('50% of the headroom used');
      expect(v.legend.map((l) => l.kind)).not.toContain('expected');
      const row = buildRow(doc, doc.targets[0]!, 0, 'en', { method });
      expect([row.valueText, row.dueText, row.expected]).toEqual(['50% of the headroom used', '', null]);
    }
  });
});

