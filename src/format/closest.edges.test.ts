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
