/** From a mutation-testing pass over messages.ts (the sectors panel's strings): fails for a mutant the other tests let through. */
import { describe, expect, it } from 'vitest';
import { sectorsMessages, SORT_ORDERS } from './messages.js';

describe('sorted: the live-region announcement after a re-sort', () => {
  it('puts the order\'s name in lower case mid-sentence: "Sorted by status (most behind first)"', () => {
    // Kills `lower` returning its input unchanged ("Sorted by Status (most behind first)").
    const en = sectorsMessages('en');
    expect(SORT_ORDERS.map((o) => en.sorted(en.sort[o]))).toEqual([
      'Sorted by status (most behind first)', 'Sorted by progress (least first)', 'Sorted by sector, then name (A–Z)', 'Sorted by document order',
    ]);
    // Chinese has no case: the name as it is.
    expect(sectorsMessages('zh').sorted('进度（从低到高）')).toBe('已按进度（从低到高）排序');
    // The data's order is the document's, whatever it is (the EU's is a regulation, not a plan: "order in the plan").
    expect(sectorsMessages('zh').sorted(sectorsMessages('zh').sort.data)).toBe('已按原文顺序排序');
  });
});

describe('Chinese attribute problems: one sentence each, ended, with one colon', () => {
  it('an unknown id ends with 。 unless it asks "是否指…？"', async () => {
    const { TARGET_MESSAGES } = await import('../i18n/messages.js');
    const zh = sectorsMessages('zh');
    expect(zh.unknown('sectors', 'x', undefined, '“steel”、“petrochemicals”')).toBe('此数据集中没有 ID 为“x”的行业（现有行业：“steel”、“petrochemicals”）。');
    expect(zh.unknown('targets', 'x', undefined, '')).toBe('此数据集中没有 ID 为“x”的目标。');
    expect(zh.unknown('sectors', 'steal', 'steel', '“steel”')).toBe('此数据集中没有 ID 为“steal”的行业；是否指“steel”？');
    const t = TARGET_MESSAGES.zh.unknownTarget;
    expect(t('x', undefined, '“a”、“b”')).toBe('target="x"：此数据集中没有该 ID 的目标（现有 ID：“a”、“b”）。');
    expect(t('x', undefined, '')).toBe('target="x"：此数据集中没有该 ID 的目标。');
    expect(t('a-2052', 'a-2025', '“a-2025”')).toBe('target="a-2052"：此数据集中没有该 ID 的目标；是否指“a-2025”？');
  });
  it('the panel\'s target attribute: no second colon after the box\'s "target："', () => {
    const zh = sectorsMessages('zh');
    expect(zh.targetAttr('a')).toBe('行业面板没有 target 属性，要显示部分目标，请使用 targets="a"。');
    expect(zh.targetAttr('')).toBe('行业面板没有 target 属性，请删除它。');
  });
});
