/**
 * Vite plugin: minifies the CSS text inside Lit `css\`…\`` templates at build time (comments,
 * indentation, spaces around punctuation and after colons, leading zeros, quotes around identifier attribute values, the
 * space after an at-rule's name and around * and / in values). The JS minifier leaves template strings alone, so
 * without this every widget ships its stylesheet pretty-printed. Measured: −0.8 KB gzip on
 * dist/peakline.js. `${…}` interpolations are left exactly as written, with the whitespace
 * around them kept as one space, so nothing they expand to can be glued to a neighbour (none is needed beside a `{`, `;`
 * or `}` of the literal's own).
 */
import type { Plugin } from 'vite';
import { forEachNode } from './ast.js';

export function minifyCssText(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,>]) ?/g, '$1')
    .replace(/;}/g, '}')
    // No strings in our CSS contain ': ', so this only touches declarations and media features.
    .replace(/: /g, ':')
    .replace(/ !important/g, '!important')
    // [theme='dark'] → [theme=dark]: a value that is an identifier needs no quotes.
    .replace(/\[([\w-]+)='([A-Za-z_][\w-]*)'\]/g, '[$1=$2]')
    // 0.5em → .5em, -0.1em → -.1em (a leading zero after a space, colon, parenthesis or comma).
    .replace(/(^|[\s:(,])(-?)0\.(\d)/g, '$1$2.$3')
    // @media (…) → @media(…): an at-rule's name ends where its prelude's bracket starts. (Not `and (`: `and(` is a function.)
    .replace(/(@[\w-]+) \(/g, '$1(')
    // calc(a * .5) → calc(a*.5), a / b → a/b: only + and - in calc() need spaces. No selector holds ` / ` or ` * ` before
    // a number or a bracket, and no string ` / `.
    .replace(/ \/ /g, '/')
    .replace(/ \* (?=\.?\d|\(|var\()/g, '*');
}

/** Minifies a css`` body, leaving each `${…}` and one space either side of it untouched. */
export function minifyCssTemplate(body: string): string {
  return body
    .split(/(\$\{[^}]*\})/)
    .map((part, i) => {
      if (i % 2 === 1) return part;
      const core = minifyCssText(part).trim();
      // No space where the text's own punctuation already ends what is before it (`{ ${…}`), or closes the block after it.
      const lead = /^\s/.test(part) && i > 0 && !/^[};]/.test(core) ? ' ' : '';
      const trail = /\s$/.test(part) && i < body.split(/(\$\{[^}]*\})/).length - 1 && !/[{};]$/.test(core) ? ' ' : '';
      return core ? `${lead}${core}${trail}` : lead || trail;
    })
    .join('')
    .trim();
}

export function minifyCssLiterals(): Plugin {
  return {
    name: 'peakline:minify-css-literals',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      return { code: code.replace(/\bcss`([^`]*)`/g, (_, body: string) => `css\`${minifyCssTemplate(body)}\``), map: null };
    },
  };
}

/**
 * Elements whose box a whitespace run beside it never shows in: blocks, list items, table parts, disclosure parts, and
 * SVG shapes and groups (SVG draws no text outside `<text>`). An inline element (span, a, button, an inline `<svg>`) is
 * not one: a space between two of them, or between one and text, is a space the reader sees.
 */
export const BLOCKS = new Set('div p ul ol li table caption thead tbody tfoot tr td th details summary figure figcaption section header footer h1 h2 h3 h4 h5 h6 g path line circle rect ellipse polyline polygon defs pattern clippath mask use option'.split(' '));

/** The name of the tag (`<p class=x>` or `</p>`) that `text` ends with, lower case; '' if it ends with text. */
const tagAtEnd = (text: string): string => /<\/?([a-zA-Z][\w-]*)[^<>]*>$/.exec(text)?.[1]?.toLowerCase() ?? '';

/**
 * The text parts of one Lit `html` or `svg` template (`strings`, expressions between them) with the source's
 * whitespace minified. A run of whitespace between a tag and a tag or an expression is dropped when the tag on either
 * side is one of BLOCKS: it would be a whitespace-only text node that renders nothing (collapsible white space at the
 * start or end of a line, or between blocks; the widgets' white-space is `normal` or `nowrap`), so each is one DOM node
 * less. Otherwise a run holding a line break (the source's indentation) is written as one line break, which renders as
 * the one space it was, and any other run is kept; so between two expressions, either of which may be text. Runs
 * inside a tag or next to text are left as written.
 */
export function minifyHtmlQuasis(raws: readonly string[]): string[] {
  let before = '';
  return raws.map((raw) => {
    const min = raw.replace(/(^|>)(\s+)(?=<|$)/g, (run: string, gt: string, space: string, at: number) => {
      const left = gt ? tagAtEnd(before + raw.slice(0, at + 1)) : '';
      const right = /^<\/?([a-zA-Z][\w-]*)/.exec(raw.slice(at + run.length))?.[1]?.toLowerCase() ?? '';
      return gt + (BLOCKS.has(left) || BLOCKS.has(right) ? '' : space.includes('\n') ? '\n' : space);
    });
    // The expression after this part, as one character no tag pattern matches.
    before += raw + '\u0000';
    return min;
  });
}

/**
 * The standalone bundles only (`--mode iife…`): minifies the text parts of every Lit `html` and `svg` template
 * (minifyHtmlQuasis). Not in the npm modules: a page that server-renders them and hydrates needs the client's template
 * strings to be the server's.
 */
export function minifyHtmlLiterals(): Plugin {
  return {
    name: 'peakline:minify-html-literals',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(html|svg)`/.test(code)) return null;
      const edits: [number, number, string][] = [];
      forEachNode(this.parse(code, { lang: 'ts' }), (node) => {
        const n = node as { type?: string; tag?: { type: string; name: string }; quasi?: { quasis: { start: number; end: number; value: { raw: string } }[] } };
        if (n.type === 'TaggedTemplateExpression' && n.tag?.type === 'Identifier' && (n.tag.name === 'html' || n.tag.name === 'svg')) {
          const { quasis } = n.quasi!;
          const mins = minifyHtmlQuasis(quasis.map((q) => q.value.raw));
          quasis.forEach((q, i) => {
            // The element's range takes in the backtick or brace before the text; skipped where offsets do not match.
            const { raw } = q.value;
            const start = q.start + 1;
            if (code.slice(start, start + raw.length) === raw && mins[i] !== raw) edits.push([start, start + raw.length, mins[i]!]);
          });
        }
      });
      if (!edits.length) return null;
      let out = code;
      for (const [start, end, raw] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + raw + out.slice(end);
      return { code: out, map: null };
    },
  };
}
