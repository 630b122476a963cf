/** A limit (Assessment.limit) in the trajectory: its reference line is the limit, and no required path is drawn or said. */
import { describe, expect, it } from 'vitest';
import { lateDoc } from '../../test/helpers/late-target.js';
import type { Goal } from '../format/types.js';
import { trajectoryView } from './view.js';

const strip = (s: string) => s.replace(/\u2060/g, '').replace(/\u00a0/g, ' ');

describe("the trajectory's description of a limit", () => {
  const CEILING: Goal = { kind: 'absolute', comparison: 'at-most', value: 50, year: 2025 };
  it('names no required path it does not draw (48 Mt in 2022 against at most 50 by 2025 from 40)', () => {
    const doc = lateDoc([[2020, 44], [2022, 48]], CEILING);
    for (const lang of ['en', 'zh'] as const) {
      const v = trajectoryView(doc, doc.targets[0]!, { lang, width: 600, method: 'path' });
      expect(v.legend.map((l) => l.key)).not.toContain('required');
      expect(v.description).not.toMatch(/required path|所需路径/);
    }
    expect(strip(trajectoryView(doc, doc.targets[0]!, { lang: 'en', width: 600 }).description)).toContain('Target: 50 Mt by 2025.');
  });
});

describe("the trajectory's gap beside a value written apart from its target (valueFormat's pivots)", () => {
  it('30.004 Mt in 2022 against at most 30 by 2022, missed: "0.004 Mt above the target", not "meeting the target"', () => {
    const doc = lateDoc([[2020, 36], [2022, 30.004]]);
    const en = strip(trajectoryView(doc, doc.targets[0]!, { lang: 'en', width: 600 }).description);
    expect(en).toContain('In 2022: 30.004 Mt, 0.004 Mt above the target. Status: Off track.');
    const zh = strip(trajectoryView(doc, doc.targets[0]!, { lang: 'zh', width: 600 }).description);
    expect(zh).not.toContain('恰好达到目标');
    expect(zh).toContain('2022年：3000.4万吨，高出目标0.4万吨。');
  });
});
