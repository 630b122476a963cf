/**
 * The widgets' events are typed for TypeScript users (HTMLElementEventMap): `e.detail` has the
 * right shape without a cast. The type-check (`npm run typecheck`) is the real test here: without
 * the declarations, `e.detail` is an error on `Event`.
 */
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/format/types.js';
import type * as Peakline from '../../src/index.js';

/** Never called: only type-checked. */
export type { Peakline };

function listen(el: HTMLElement, seen: { problems?: readonly Problem[]; targetId?: string; ready?: null }): void {
  el.addEventListener('peakline-error', (e) => (seen.problems = e.detail.problems));
  el.addEventListener('peakline-select', (e) => (seen.targetId = e.detail.targetId));
  el.addEventListener('peakline-ready', (e) => (seen.ready = e.detail));
}

describe('event types', () => {
  it('are declared for addEventListener', () => {
    expect(typeof listen).toBe('function');
  });
});
