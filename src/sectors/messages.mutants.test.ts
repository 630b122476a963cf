/** From a mutation-testing pass over messages.ts (the sectors panel's strings): fails for a mutant the other tests let through. */
import { describe, expect, it } from 'vitest';
import { sectorsMessages, SORT_ORDERS } from './messages.js';

describe('sorted: the live-region announcement after a re-sort', () => {
  it('puts the order\'s name in lower case mid-sentence: "Sorted by status (most behind first)"', () => {
    // Kills `lower` returning its input unchanged ("Sorted by Status (most behind first)").
    const en = sectorsMessages('en');
    expect(SORT_ORDERS.map((o) => en.sorted(en.sort[o]))).toEqual([
      'Sorted by status (most behind first)', 'Sorted by progress (least first)', 'Sorted by name (A–Z)', 'Sorted by document order',
    ]);
    // Chinese has no case: the name as it is.
    expect(sectorsMessages('zh').sorted('进度（从低到高）')).toBe('已按进度（从低到高）排序');
    // The data's order is the document's, whatever it is (the EU's is a regulation, not a plan: "order in the plan").
    expect(sectorsMessages('zh').sorted(sectorsMessages('zh').sort.data)).toBe('已按原文顺序排序');
  });
});
