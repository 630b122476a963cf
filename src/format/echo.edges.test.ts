/** Text quoted in messages: where it is cut (from a mutation run of echo.ts). */
import { describe, expect, it } from 'vitest';
import { clip, echo } from './echo.js';

describe('clip', () => {
  it('a text of exactly 40 characters (the default) is quoted whole; 41 is cut to 37 and an ellipsis', () => {
    const forty = 'x'.repeat(40);
    expect(clip(forty)).toBe(forty);
    expect(clip(`${forty}y`)).toBe(`${'x'.repeat(37)}…`);
    expect(echo(forty)).toBe(forty);
  });
});

describe('visible', () => {
  it('spells out half a character (a lone surrogate, from a text cut inside an emoji), not a whole emoji', () => {
    expect(echo('a\ud83db')).toBe('a\\uD83Db');
    expect(echo('a\ude00')).toBe('a\\uDE00');
    expect(echo('a\ud83d\ude00')).toBe('a\ud83d\ude00');
  });
});
