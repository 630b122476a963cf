/** "Did you mean": edit distance and how close a guess must be (from a mutation run of closest.ts). */
import { describe, expect, it } from 'vitest';
import { closest, distance } from './closest.js';

describe('distance', () => {
  it('counts a substitution as one edit: kitten → sitting is 3 (k→s, e→i, +g)', () => {
    expect(distance('kitten', 'sitting')).toBe(3);
    expect(distance('lowar', 'lower')).toBe(1);
  });
});

describe('closest', () => {
  it('a one-letter slip in a 5-letter word is guessed ("lowar" → "lower")', () => {
    expect(closest('lowar', ['higher', 'lower'])).toBe('lower');
  });

  it('a 6-letter word may be 2 edits off (⌊6/3⌋ = 2): "tagret" → "target"', () => {
    expect(closest('tagret', ['target', 'task'])).toBe('target');
  });

  it('a 7-letter word may be 2 edits off, not 3 (⌊7/3⌋ = 2, rounded down)', () => {
    expect(closest('abcdefg', ['abcdxyg'])).toBe('abcdxyg');
    expect(closest('abcdefg', ['abcdxyz'])).toBeUndefined();
  });
});

describe('closest: bounded work', () => {
  // Ids as a hostile or generated dataset might have them: 61 characters, alike but for a number.
  const ids = (n: number, len: number) => Array.from({ length: n }, (_, i) => `${'steel-scrap-capacity-'.padEnd(len - 10, 'x')}-${String(i).padStart(4, '0')}-2025`);

  it('offers nothing, quickly, where comparing every option would cost over a million character pairs', () => {
    const options = ids(2000, 61); // 61 × 61 × 2,000 = 7.4 million
    const typo = options[1234]!.replace('-2025', '-2052');
    const t0 = performance.now();
    for (let i = 0; i < 100; i++) expect(closest(typo, options)).toBeUndefined();
    // It took 5–10 s in a browser for 100 such suggestions.
    expect(performance.now() - t0).toBeLessThan(100);
  });

  it('still suggests for a large set within the budget: 268 options of 61 characters (0.997 million pairs)', () => {
    const options = ids(268, 61);
    expect(closest(options[200]!.replace('-2025', '-2052'), options)).toBe(options[200]);
    // One more option is over the budget: no suggestion rather than the nearest of those compared so far.
    expect(closest(options[200]!.replace('-2025', '-2052'), [...options, options[0]!.replace('x', 'y')])).toBeUndefined();
  });
});
