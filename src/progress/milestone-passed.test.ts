/**
 * A count's milestone whose year has passed unmet is not the target. "100 standards by 2024, 200 by 2030" from 0
 * (2020): 40 (2022), 80 (2024), 95 (2025). The 2024 milestone was missed, but the target year is 2030: it was judged
 * against the milestone for ever after, `missed` and "Off track" with "The target year 2024 has passed without the target
 * being met". Now the data are judged against the next milestone still ahead, here the final count (the path through
 * 100 in 2024 passes 116.7 in 2025: 47.5% of the way against 58.3% due, ratio 0.81, needs acceleration), and the
 * explanation names the milestone passed.
 */
import { describe, expect, it } from 'vitest';
import { valid } from '../../test/helpers/valid.js';
import { lateDoc } from '../../test/helpers/late-target.js';
import { assess } from './assess.js';

const strip = (s: string) => s.replace(/\u2060/g, '').replace(/\u00a0/g, ' ');
const json = structuredClone(lateDoc([[2022, 40], [2024, 80], [2025, 95]], { kind: 'count', value: 200, year: 2030 }, { baseline: { year: 2020, value: 0 }, milestones: [{ year: 2024, value: 100 }] })) as any;
json.indicators[0].better = 'higher';
const doc = valid(json);

describe('a milestone passed unmet', () => {
  it('is not "the target year has passed": judged against the 2030 count, needs acceleration by path', () => {
    const a = assess(doc, 't', { method: 'path' })!;
    expect(a.missed).toBe(false);
    expect(a.target).toEqual({ year: 2030, value: 200 });
    expect(a.ratio).toBeCloseTo(0.475 / (116.66666666666667 / 200), 9);
    expect(a.status).toBe('needs-acceleration');
    expect(strip(a.explanation)).toContain('Short of the 2024 milestone (100 Mt).');
    expect(a.explanation).not.toContain('has passed');
    expect(strip(assess(doc, 't', { lang: 'zh' })!.explanation)).toContain('未达到2024年阶段目标（1亿吨）。');
  });
});
