/**
 * Every attribute bound in a widget's template is one expression, its whole value: `x=${`${v}%`}`, not `x="${v}%"`.
 * Lit keeps an attribute with text around its expression ("interpolated") as an array of its values and a String
 * object, for every element of every widget: the sector panel had 159 of them per panel (its ticks' `x1="${x}%"`),
 * about 3 KB of a panel's 62 KB of JS heap, and as many arrays for the garbage collector. The page looks the same
 * either way. This test holds every html`` and svg`` template in src/ to it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.ts$/.test(e.name) && !/\.(test|stories)\.ts$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

const HOLE = '\u0000';

/**
 * The static text of every html`` and svg`` literal in `text`, an expression written as HOLE. A small scanner of
 * TypeScript: strings, comments and nested template literals inside expressions are skipped.
 */
function templates(text: string): string[] {
  const found: string[] = [];
  let last = 0;
  // Scans a template literal from just after its backtick; returns the index after its closing backtick.
  const literal = (i: number, keep: boolean): number => {
    let out = '';
    while (i < text.length && text[i] !== '`') {
      if (text[i] === '\\') out += text.slice(i, (i += 2));
      else if (text.startsWith('${', i)) {
        i = expression(i + 2);
        out += HOLE;
      } else out += text[i++];
    }
    if (keep) found.push(out);
    return i + 1;
  };
  // Scans an expression from just after `${`; returns the index after its closing brace.
  const expression = (i: number): number => {
    let depth = 0;
    while (i < text.length) {
      const c = text[i]!;
      if (c === '}' && depth === 0) return i + 1;
      if (c === '{') depth++;
      else if (c === '}') depth--;
      if (c === '`') {
        i = literal(i + 1, /\b(html|svg)$/.test(text.slice(Math.max(0, i - 4), i)));
        continue;
      }
      if (c === "'" || c === '"') {
        for (i++; i < text.length && text[i] !== c; i++) if (text[i] === '\\') i++;
      } else if (text.startsWith('//', i)) i = text.indexOf('\n', i) - 1;
      else if (text.startsWith('/*', i)) i = text.indexOf('*/', i) + 1;
      i++;
    }
    return i;
  };
  for (const m of text.matchAll(/\b(?:html|svg)`/g)) {
    // Only top-level literals here; nested ones are found while scanning their parent's expressions.
    if (m.index! < last) continue;
    last = literal(m.index! + m[0].length, true);
  }
  return found;
}

describe('template attributes', () => {
  it('the scanner finds a nested template and its interpolated attribute', () => {
    const t = templates('const a = html`<p class=${x}>${y ? svg`<line x1="${v}%" y1=${w}></line>` : nothing}</p>`;');
    expect(t).toEqual([`<line x1="${HOLE}%" y1=${HOLE}></line>`, `<p class=${HOLE}>${HOLE}</p>`]);
  });

  it('binds every attribute as one expression, its whole value', () => {
    const interpolated: string[] = [];
    let count = 0;
    for (const file of sources('src')) {
      for (const t of templates(readFileSync(file, 'utf8'))) {
        count++;
        // An attribute whose quoted value holds an expression and anything else (text, or another expression).
        for (const m of t.matchAll(/[\w:.?@-]+="([^"]*)"/g)) if (m[1]!.includes(HOLE) && m[1] !== HOLE) interpolated.push(`${file}: ${m[0].replaceAll(HOLE, '${…}')}`);
      }
    }
    expect(count).toBeGreaterThan(50);
    expect(interpolated).toEqual([]);
  });
});
