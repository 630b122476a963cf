/**
 * Type test, checked by `npm run typecheck` (tsc), not run: the widgets' events are typed for TypeScript users
 * (HTMLElementEventMap), so `e.detail` has the right shape without a cast. Without the declarations each
 * `expectTypeOf` line below fails to compile (`e.detail` does not exist on `Event`), and so does the build;
 * each `@ts-expect-error` line fails to compile if the types grow too loose (`any`).
 */
import { expectTypeOf } from 'vitest';
import type { PeaklineErrorDetail, PeaklineSelectDetail } from '../../src/index.js';
import type { Problem } from '../../src/format/types.js';

declare const el: HTMLElement;

el.addEventListener('peakline-error', (e) => {
  expectTypeOf(e.detail).toEqualTypeOf<PeaklineErrorDetail>();
  expectTypeOf(e.detail.problems).toEqualTypeOf<readonly Problem[]>();
  // @ts-expect-error: no such field
  void e.detail.targetId;
});
el.addEventListener('peakline-select', (e) => {
  expectTypeOf(e.detail).toEqualTypeOf<PeaklineSelectDetail>();
  expectTypeOf(e.detail.targetId).toBeString();
});
el.addEventListener('peakline-ready', (e) => {
  expectTypeOf(e.detail).toBeNull();
});
// The element types come with the definitions: a created gauge has its properties.
expectTypeOf(document.createElement('peakline-gauge').target).toBeString();
