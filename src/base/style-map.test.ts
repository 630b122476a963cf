/**
 * The CSP-safe styleMap writes through `element.style`, so it must be the whole value of a
 * `style` attribute: `style=${styleMap({…})}`. This test holds every template in src/ to that
 * (it replaces a run-time check in the directive's constructor).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.ts$/.test(e.name) && !/\.test\.ts$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

describe('styleMap usage', () => {
  it('is only ever the whole value of a style attribute', () => {
    const misuses: string[] = [];
    let uses = 0;
    for (const file of sources('src')) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/(.{0,9})styleMap\(/g)) {
        // The directive's own definition and imports are not template uses.
        if (/export const $/.test(m[1]!) || file.endsWith('style-map.ts')) continue;
        uses++;
        if (!/\sstyle=\$\{$/.test(m[1]!)) misuses.push(`${file}: …${m[1]}styleMap(`);
      }
    }
    expect(uses).toBeGreaterThan(0);
    expect(misuses).toEqual([]);
  });

  it('names properties as CSS does (min-height, not minHeight): they are passed to style.setProperty as written', () => {
    const camel: string[] = [];
    for (const file of sources('src')) {
      for (const m of readFileSync(file, 'utf8').matchAll(/styleMap\(\{([^\n]*)/g)) {
        // A camelCase key at the start of the object or after a comma: `{ minHeight }`, `{ a: 1, aspectRatio: x }`.
        for (const k of m[1]!.matchAll(/(?:^|,)\s*([a-z]+[A-Z]\w*)\s*[:,}]/g)) camel.push(`${file}: ${k[1]}`);
      }
    }
    expect(camel).toEqual([]);
  });
});
