import { describe, expect, it } from 'vitest';
import { held } from './held.js';

describe('held', () => {
  it('gives text with no figure to hold back as it is, not as a list of one (a Lit part and two markers per sector row)', () => {
    expect(held('+3.2% (on track)')).toBe('+3.2% (on track)');
    expect(held('')).toBe('');
  });

  it('splits around each Chinese figure held to its unit, the figure in a nowrap span', () => {
    const parts = held('（17.73\u2060亿～18.27\u2060亿\u2060吨）');
    expect(Array.isArray(parts)).toBe(true);
    const list = parts as unknown[];
    expect(list.filter((p) => typeof p === 'string')).toEqual(['（', '～', '）']);
    expect(list.filter((p) => typeof p !== 'string').map((p) => (p as { values: unknown[] }).values[0])).toEqual(['17.73\u2060亿', '18.27\u2060亿\u2060吨']);
  });
});
