import { describe, expect, it } from 'vitest';
import { minifyCssTemplate, minifyCssText } from './minify-css-literals.js';

describe('CSS literal minifier', () => {
  it('removes comments, indentation and spaces around punctuation', () => {
    expect(minifyCssText('\n  /* note */\n  .a > .b ,\n  .c {\n    color: red;\n    margin: 0 auto;\n  }\n')).toBe(' .a>.b,.c{color:red;margin:0 auto}');
  });
  it('drops the space before !important and leading zeros, but not digits of larger numbers', () => {
    expect(minifyCssText('a { margin: 0.5em 10.25em 0 0.1em !important; opacity: 0.55 }')).toBe('a{margin:.5em 10.25em 0 .1em!important;opacity:.55}');
  });
  it('keeps interpolations and a space either side of them', () => {
    expect(minifyCssTemplate('\n  :host {\n    ${vars}\n    display: block;\n  }\n')).toBe(':host{ ${vars} display:block}');
  });
  it('keeps values with spaces intact (media queries, shorthands)', () => {
    expect(minifyCssTemplate('@media (prefers-color-scheme: dark) {\n  :host([theme=\'auto\']) { border: 1px solid var(--x, #000); }\n}')).toBe(
      '@media (prefers-color-scheme:dark){:host([theme=auto]){border:1px solid var(--x,#000)}}',
    );
  });
  it('unquotes attribute values that are identifiers, and only those', () => {
    expect(minifyCssText("[role='figure'],[aria-busy='true'] a[href='#x'],[data-n='2'],[x='a b']{color:red}")).toBe(
      "[role=figure],[aria-busy=true] a[href='#x'],[data-n='2'],[x='a b']{color:red}",
    );
  });
});
