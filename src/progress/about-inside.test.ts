/**
 * An "about" target whose baseline is already inside its range has only to stay there: leaving it on either side is off
 * track, as a limit's is, not "wrong direction" on the side away from the middle. "About 1,800 Mt (± 1.5%, 1,773–1,827) by 2025" from
 * 1,790 Mt (2020): 1,760 in 2023 was "wrong direction" ((1,760 − 1,790) ÷ (1,800 − 1,790) = −3 of the way) while
 * 1,830 was "off track", and the gauge drew both as a dot outside the band.
 */
import { describe, expect, it } from 'vitest';
import { lateDoc } from '../../test/helpers/late-target.js';
import { METHODS, assess } from './assess.js';

const strip = (s: string) => s.replace(/\u2060/g, '').replace(/\u00a0/g, ' ');
const ABOUT = { kind: 'absolute', comparison: 'about', value: 1800, tolerance: 1.5, year: 2025 } as const;
const run = (points: [number, number][], baseline: number, method: (typeof METHODS)[number] = 'path') =>
  assess(lateDoc(points, ABOUT, { baseline: { year: 2020, value: baseline } }), 't', { method })!;

describe('an "about" target from a baseline inside its range', () => {
  it('out of it on the side away from the middle (1,760 from 1,790): off track, and the range says so', () => {
    const a = run([[2023, 1760]], 1790);
    expect(a.status).toBe('off-track');
    expect(strip(a.explanation)).toContain('1,760 Mt (2023)');
    expect(strip(a.explanation)).toContain('1,773–1,827 Mt');
    // The far side, as before: off track too.
    expect(run([[2023, 1830]], 1790).status).toBe('off-track');
    // Inside, either side of the middle: on track.
    expect(run([[2023, 1780]], 1790).status).toBe('on-track');
    expect(run([[2023, 1820]], 1790).status).toBe('on-track');
  });

  it('by every method where the method lands outside (a projection of the drift), and in Chinese alike', () => {
    for (const method of METHODS) expect(run([[2022, 1780], [2023, 1760]], 1790, method).status, method).toBe('off-track');
    expect(assess(lateDoc([[2023, 1760]], ABOUT, { baseline: { year: 2020, value: 1790 } }), 't', { method: 'path', lang: 'zh' })!.status).toBe('off-track');
  });

  it('from a baseline outside the range, moving further from it is still the wrong direction (1,870 from 1,854)', () => {
    expect(run([[2023, 1870]], 1854).status).toBe('wrong-direction');
  });
});
