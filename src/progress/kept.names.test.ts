/**
 * What the widgets call a target met in its target year whose latest value no longer meets it (see kept.test.ts): the
 * status stays `achieved` (the deadline was met), but its name says the rest. "At most 30 Mt by 2022" from 40 Mt (2018):
 * 36 (2020), 29 (2022, met), 33 (2023). The gauge read "Achieved" beside "70% of the way", (33 − 40) ÷ (30 − 40).
 */
import { describe, expect, it } from 'vitest';
import { lateDoc } from '../../test/helpers/late-target.js';
import { valid } from '../../test/helpers/valid.js';
import { gaugeView } from '../gauge/view.js';
import { messages, statusName } from '../i18n/messages.js';
import { buildRow } from '../sectors/rows.js';
import { sortedView } from '../sectors/test-doc.js';

const strip = (s: string) => s.replace(/\u2060/g, '').replace(/\u00a0/g, ' ');
const kept = lateDoc([[2020, 36], [2022, 29], [2023, 33]]);

describe('achieved in its year, no longer met', () => {
  it('the gauge: "Achieved (no longer met)" / "已实现（现未达标）" beside its 70% of the way, and its description says so', () => {
    const en = gaugeView(kept, kept.targets[0]!, { lang: 'en', width: 320, variant: 'arc' });
    expect([en.a.status, en.a.met, statusName(messages('en'), en.a)]).toEqual(['achieved', false, 'Achieved (no longer met)']);
    expect(strip(en.progressText)).toBe('70% of the way');
    expect(strip(en.description)).toBe('33 Mt in 2023; target at most 30 Mt by 2022; achieved (no longer met).');
    const zh = gaugeView(kept, kept.targets[0]!, { lang: 'zh', width: 320, variant: 'arc' });
    expect(statusName(messages('zh'), zh.a)).toBe('已实现（现未达标）');
    expect(strip(zh.description)).toBe('2023年为3300万吨；目标到2022年不超过3000万吨；已实现（现未达标）。');
  });

  it('met by the latest value (on time or late) keeps its name; a status other than achieved is never renamed', () => {
    const m = messages('en');
    const onTime = gaugeView(lateDoc([[2020, 36], [2022, 29], [2023, 28]]), kept.targets[0]!, { lang: 'en', width: 320, variant: 'arc' }).a;
    expect(statusName(m, onTime)).toBe('Achieved');
    expect(statusName(m, { status: 'achieved', metLate: 2023, met: true })).toBe('Achieved late');
    expect(statusName(m, { status: 'on-track', metLate: null, met: false })).toBe('On track');
  });

  it('the sector panel: the row named so, counted apart and sorted before achieved late and achieved', () => {
    const r = buildRow(kept, kept.targets[0]!, 0, 'en', {});
    expect(statusName(messages('en'), r)).toBe('Achieved (no longer met)');
    // Three copies of the target: met in its year, not since (t); met late (l: at most 34 by 2020, 36 in 2020, 29 in
    // 2022); met in its year and since (a: at most 35, 33 in 2023).
    const t = kept.targets[0]!;
    const three = valid({
      ...kept,
      targets: [
        { ...t, id: 'a', goal: { ...t.goal, value: 35 } },
        { ...t, id: 'l', goal: { ...t.goal, value: 34, year: 2020 } },
        t,
      ],
    });
    const v = sortedView(three, {}, { lang: 'en', sort: 'status' });
    expect(v.summary).toBe('3 targets: 1 achieved (no longer met), 1 achieved late, 1 achieved');
    expect(v.rows.map((row) => row.targetId)).toEqual(['t', 'l', 'a']);
    expect(sortedView(three, {}, { lang: 'zh', sort: 'status' }).summary).toBe('共3项目标：已实现（现未达标）1项，逾期实现1项，已实现1项');
  });
});
