import { describe, expect, it } from 'vitest';
import { minifyCssTemplate, minifyCssText, minifyHtmlQuasis } from './minify-css-literals.js';

describe('CSS literal minifier', () => {
  it('removes comments, indentation and spaces around punctuation', () => {
    expect(minifyCssText('\n  /* note */\n  .a > .b ,\n  .c {\n    color: red;\n    margin: 0 auto;\n  }\n')).toBe(' .a>.b,.c{color:red;margin:0 auto}');
  });
  it('drops the space before !important and leading zeros, but not digits of larger numbers', () => {
    expect(minifyCssText('a { margin: 0.5em 10.25em 0 0.1em !important; opacity: 0.55 }')).toBe('a{margin:.5em 10.25em 0 .1em!important;opacity:.55}');
    expect(minifyCssText('a { vertical-align: -0.1em; margin: 0 -0.25em; width: calc(10.5em - 0.5em) }')).toBe('a{vertical-align:-.1em;margin:0 -.25em;width:calc(10.5em - .5em)}');
  });
  it('drops the space after an at-rule\'s name, but not after a media query\'s "and"', () => {
    expect(minifyCssText('@media (forced-colors: active) { a { color: red } } @container (min-width: 44em) { b { order: 1 } }')).toBe(
      '@media(forced-colors:active){a{color:red}}@container(min-width:44em){b{order:1}}',
    );
    expect(minifyCssText('@media screen and (prefers-color-scheme: dark) { a { color: red } }')).toBe('@media screen and (prefers-color-scheme:dark){a{color:red}}');
  });
  it('drops the spaces around * and / in values, keeping those around + and - (calc needs them) and a selector\'s *', () => {
    expect(minifyCssText('a { height: calc(min(100cqw, 292px) * 0.525 + 3.825em); margin-top: calc((1lh - 1em) / 2); font-size: calc(var(--x) * .786) }')).toBe(
      'a{height:calc(min(100cqw,292px)*.525 + 3.825em);margin-top:calc((1lh - 1em)/2);font-size:calc(var(--x)*.786)}',
    );
    expect(minifyCssText("a::before { content: 'x' / ''; background: center / 100% 12px }")).toBe("a::before{content:'x'/'';background:center/100% 12px}");
    expect(minifyCssText('.a * .b, .c * d { color: red }')).toBe('.a * .b,.c * d{color:red}');
  });
  it('keeps interpolations and a space either side of them', () => {
    expect(minifyCssTemplate('\n  .a\n    ${vars}\n    display: block;\n  }\n')).toBe('.a ${vars} display:block}');
    expect(minifyCssTemplate('${a}\n.b{color:red}\n${b}\n.c{color:red}')).toBe('${a} .b{color:red}${b} .c{color:red}');
  });
  it('but none beside a brace or a semicolon of the literal: the interpolation cannot be glued to it', () => {
    expect(minifyCssTemplate('\n  :host {\n    ${vars}\n    display: block;\n  }\n')).toBe(':host{${vars} display:block}');
    expect(minifyCssTemplate(':host {\n  color: red;\n  ${vars}\n}\n')).toBe(':host{color:red;${vars}}');
  });
  it('keeps values with spaces intact (media queries, shorthands)', () => {
    expect(minifyCssTemplate('@media screen and (prefers-color-scheme: dark) {\n  :host([theme=\'auto\']) { border: 1px solid var(--x, #000); }\n}')).toBe(
      '@media screen and (prefers-color-scheme:dark){:host([theme=auto]){border:1px solid var(--x,#000)}}',
    );
  });
  it('unquotes attribute values that are identifiers, and only those', () => {
    expect(minifyCssText("[role='figure'],[aria-busy='true'] a[href='#x'],[data-n='2'],[x='a b']{color:red}")).toBe(
      "[role=figure],[aria-busy=true] a[href='#x'],[data-n='2'],[x='a b']{color:red}",
    );
  });
});

describe('HTML template minifier (the standalone bundles)', () => {
  it('drops indentation beside a block, a list item or an SVG shape: a text node that renders nothing', () => {
    expect(minifyHtmlQuasis(['\n  <div class="frame">\n    <p>', '</p>\n    <ul>\n      <li>', '</li>\n    </ul>\n  </div>\n'])).toEqual([
      '<div class="frame"><p>',
      '</p><ul><li>',
      '</li></ul></div>',
    ]);
    expect(minifyHtmlQuasis(['<g>\n  <path d=', '></path>\n  <line></line>\n</g>'])).toEqual(['<g><path d=', '></path><line></line></g>']);
  });
  it('drops a space beside a block, too (the start or end of a line)', () => {
    expect(minifyHtmlQuasis(['<svg></svg> <div class="readout">', '</div>'])).toEqual(['<svg></svg><div class="readout">', '</div>']);
  });
  it('finds a tag whose attributes hold expressions, from the parts before', () => {
    expect(minifyHtmlQuasis(['<p class=', ' title="', '">\n  ', '</p>'])).toEqual(['<p class=', ' title="', '">', '</p>']);
    expect(minifyHtmlQuasis(['<span class=', '>\n  ', '</span>'])).toEqual(['<span class=', '>\n', '</span>']);
  });
  it('keeps the space a reader sees: between inline elements, or an inline element and text or an expression', () => {
    // Indentation is one line break (one space), a written space stays a space.
    expect(minifyHtmlQuasis(['<span>', '</span>\n      <span>', '</span> <a href=', '>x</a>\n    ', ''])).toEqual([
      '<span>',
      '</span>\n<span>',
      '</span> <a href=',
      '>x</a>\n',
      '',
    ]);
    // An inline <svg> icon beside its label; a label's text beside its <select> (an inline block).
    expect(minifyHtmlQuasis(['<svg></svg>\n  <span>On track</span>'])).toEqual(['<svg></svg>\n<span>On track</span>']);
    expect(minifyHtmlQuasis(['<label>', ' <select>\n  ', '</select></label>'])).toEqual(['<label>', ' <select>\n', '</select></label>']);
  });
  it('keeps one space between two expressions (either may be text), and leaves runs inside a tag or by text as written', () => {
    expect(minifyHtmlQuasis(['', '\n    ', ''])).toEqual(['', '\n', '']);
    expect(minifyHtmlQuasis(['', ' ', ''])).toEqual(['', ' ', '']);
    expect(minifyHtmlQuasis(['<p\n  class="a"\n>Due by\n  <b>2030</b></p>'])).toEqual(['<p\n  class="a"\n>Due by\n  <b>2030</b></p>']);
  });
  it('does not take a ">" in text for the end of a tag', () => {
    expect(minifyHtmlQuasis(['<p>a > <b>b</b></p>'])).toEqual(['<p>a > <b>b</b></p>']);
  });
});
