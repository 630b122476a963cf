import { describe, expect, it } from 'vitest';
import { COMPILE_HINT, withCompileHint } from './compile-hint.js';

describe('compile hint', () => {
  it("is V8's magic comment, alone on the first line", () => {
    expect(COMPILE_HINT).toBe('//# allFunctionsCalledOnLoad');
    expect(withCompileHint('!function(){}();')).toBe('//# allFunctionsCalledOnLoad\n!function(){}();');
  });
  it('is written once, however often the plugin runs', () => {
    expect(withCompileHint(withCompileHint('x()'))).toBe('//# allFunctionsCalledOnLoad\nx()');
  });
});
