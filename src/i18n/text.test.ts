import { describe, expect, it } from 'vitest';
import { codeParts } from './text.js';

describe('codeParts: a message as text and code by turns (code at odd indexes)', () => {
  it('an element tag is code, its attributes with it', () => {
    expect(codeParts('add a <script type="application/json"> inside, or wrap in <peakline-data src="…">.')).toEqual([
      'add a ',
      '<script type="application/json">',
      ' inside, or wrap in ',
      '<peakline-data src="…">',
      '.',
    ]);
  });

  it('a message without code is one text', () => {
    expect(codeParts('is required')).toEqual(['is required']);
  });
});
